/** The programs a consumer writes, one per module system, all against the mock servers. */

export const ESM_PROGRAM = `import { startMockServers } from "@idp-sessions/mock";
import { envForServers, runLiveContract } from "@idp-sessions/contract";
import { createAuth0Client, listSessions, NotFoundError } from "@idp-sessions/auth0";
import { listNormalizedSessions } from "@idp-sessions/normalize";
const mock = await startMockServers({ sessionsPerUser: 6 });
try {
  const { ok, reports } = await runLiveContract(envForServers(mock.providers));
  const a = mock.providers.auth0;
  const client = createAuth0Client({ baseUrl: a.baseUrl, token: a.credentials.token });
  const normalized = await listNormalizedSessions("auth0", listSessions(client, { userId: a.users[0].userId })).collect();
  let notFound = false;
  try { await listSessions(client, { userId: "auth0|nobody" }).collect(); } catch (e) { notFound = e instanceof NotFoundError; }
  console.log(JSON.stringify({ ok, sessions: reports.map((r) => r.sessions), normalized: normalized.length, notFound }));
} finally {
  await mock.close();
}
`;

export const CJS_PROGRAM = `const { startMockServers } = require("@idp-sessions/mock");
const { envForServers, runLiveContract } = require("@idp-sessions/contract");
const { createZitadelClient, listSessions, NotFoundError } = require("@idp-sessions/zitadel");
const { signRequest } = require("@idp-sessions/huawei-identitycenter");
const { normalizeSession } = require("@idp-sessions/normalize");
(async () => {
  const mock = await startMockServers({ sessionsPerUser: 6 });
  try {
    const { ok, reports } = await runLiveContract(envForServers(mock.providers));
    const z = mock.providers.zitadel;
    const raw = await listSessions(createZitadelClient({ baseUrl: z.baseUrl, token: z.credentials.token }), { userId: z.users[0].userId }).collect();
    const signed = await signRequest(new Request("https://example.com/v1/x"), { accessKeyId: "a", secretAccessKey: "s" });
    console.log(JSON.stringify({ ok, sessions: reports.map((r) => r.sessions), zitadel: raw.map((s) => normalizeSession("zitadel", s).provider).length, signed: signed.headers.has("authorization"), errors: typeof NotFoundError }));
  } finally {
    await mock.close();
  }
})().catch((error) => { console.error(error); process.exit(1); });
`;

export const TS_PROGRAM = `import { type Auth0Session, createAuth0Client, listSessions } from "@idp-sessions/auth0";
import { createHuaweiIdentityCenterClient, signRequest } from "@idp-sessions/huawei-identitycenter";
import { createMonoCloudClient, type MonoCloudSession } from "@idp-sessions/monocloud";
import { createOryKratosClient, type OryKratosSession } from "@idp-sessions/ory-kratos";
import { createZitadelClient, type ZitadelSession } from "@idp-sessions/zitadel";
import { normalizeSession, type Session } from "@idp-sessions/normalize";
import { type Violation, validateResponse } from "@idp-sessions/contract";
import { startMockServers } from "@idp-sessions/mock";
import { APIError } from "@idp-sessions/core";

export async function main(): Promise<Session[]> {
  const mock = await startMockServers({ providers: ["auth0"] });
  const client = createAuth0Client({ baseUrl: mock.providers.auth0.baseUrl, token: mock.providers.auth0.credentials.token });
  const raw: Auth0Session[] = await listSessions(client, { userId: mock.providers.auth0.users[0]?.userId ?? "" }).collect();
  const violations: Violation[] = validateResponse("auth0", { status: 200, body: { sessions: raw } });
  void violations;
  void [createHuaweiIdentityCenterClient, signRequest, createMonoCloudClient, createOryKratosClient, createZitadelClient, APIError];
  const typed: [MonoCloudSession?, OryKratosSession?, ZitadelSession?] = [];
  void typed;
  await mock.close();
  return raw.map((s) => normalizeSession("auth0", s));
}
`;

export const TSCONFIGS: Record<string, object> = {
  "tsconfig.node16.json": {
    compilerOptions: {
      module: "node16",
      moduleResolution: "node16",
      target: "es2022",
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
      lib: ["es2022", "dom"],
    },
    files: ["main.ts"],
  },
  "tsconfig.bundler.json": {
    compilerOptions: {
      module: "esnext",
      moduleResolution: "bundler",
      target: "es2022",
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
      lib: ["es2022", "dom"],
    },
    files: ["main.ts"],
  },
};

/**
 * A consumer's own test suite (vitest): its tiny app takes a fetch; the test hands it @idp-sessions/contract's
 * checkingFetch and checks what it collected, against the mock server and against a server answering wrongly.
 */
export const CONSUMER_CI_TEST = `import { createServer } from "node:http";
import { checkingFetch, contractMatchers } from "@idp-sessions/contract";
import { startMockServers } from "@idp-sessions/mock";
import { afterAll, beforeAll, expect, it } from "vitest";

expect.extend(contractMatchers);

/** The app: one user's session ids at Auth0, through whatever fetch it is given. */
async function sessionIds(fetch, baseUrl, userId, token) {
  const response = await fetch(\`\${baseUrl}/users/\${encodeURIComponent(userId)}/sessions\`, {
    headers: { authorization: \`Bearer \${token}\` },
  });
  const body = await response.json();
  return { response: { status: response.status, headers: response.headers, body }, ids: body.sessions.map((s) => s.id) };
}

let mock;
let wrong;
let wrongUrl;
beforeAll(async () => {
  mock = await startMockServers({ providers: ["auth0"], usersPerProvider: 1, sessionsPerUser: 2 });
  wrong = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ sessions: [{ id: 5, user_id: "auth0|u1" }] }));
  });
  await new Promise((resolve) => wrong.listen(0, "127.0.0.1", resolve));
  wrongUrl = \`http://127.0.0.1:\${wrong.address().port}/api/v2\`;
});
afterAll(async () => {
  await mock?.close();
  await new Promise((resolve) => (wrong ? wrong.close(resolve) : resolve()));
});

it("one valid exchange: no violation, and the response matches the spec", async () => {
  const a = mock.providers.auth0;
  const checked = checkingFetch("auth0");
  const { response, ids } = await sessionIds(checked.fetch, a.baseUrl, a.users[0].userId, a.credentials.token);
  expect(ids).toHaveLength(2);
  expect(checked.exchanges).toBe(1);
  expect(checked.violations).toEqual([]);
  expect(response).toMatchSpec("auth0");
});

it("a wrong response: the app still gets it, and the violation is collected at its pointer", async () => {
  const checked = checkingFetch("auth0");
  const { response, ids } = await sessionIds(checked.fetch, wrongUrl, "auth0|u1", "t0ken-123456");
  expect(ids).toEqual([5]);
  expect(checked.violations).toEqual([
    expect.objectContaining({ in: "body", pointer: "/sessions/0/id", operation: "getUserSessions", side: "response", exchange: 0 }),
  ]);
  expect(response).not.toMatchSpec("auth0");
});
`;
