import { createAuth0Client, listSessions as listAuth0 } from "@idp-sessions/auth0";
import { PROVIDER_IDS, startMockServers } from "@idp-sessions/mock";
import { afterAll, describe, expect, it } from "vitest";
import {
  type ContractProvider,
  ENV_VARIABLES,
  envForServers,
  recordingFetch,
  runContract,
  runLiveContract,
  SPECS,
  validateResponse,
} from "../src/index.js";
import { type OperationRole, operationsOf } from "../src/operation.js";
import type { Exchange } from "../src/recording-fetch.js";

const mock = await startMockServers({
  seed: 11,
  usersPerProvider: 2,
  sessionsPerUser: 37,
  huaweiTemporaryCredentials: true,
});
afterAll(() => mock.close());
const p = mock.providers;

/** The live-mode environment, pointed at the mock servers. */
const env = envForServers(p);

/** A provider's operations of these roles, as its spec lists them. */
const withRole = (provider: ContractProvider, ...roles: OperationRole[]) =>
  operationsOf(SPECS[provider])
    .filter((op) => op.role !== undefined && roles.includes(op.role))
    .map((op) => op.id);

describe("the real clients against the mock servers: every request and response validates", () => {
  it("all five providers pass, every session listed and normalized, no drift", async () => {
    const { reports, ok, summary } = await runLiveContract(env, PROVIDER_IDS);
    expect(summary).toContain("5 checked, 0 skipped, 0 failed");
    expect(ok).toBe(true);
    for (const report of reports) {
      expect(report, report.provider).toMatchObject({ status: "passed", sessions: 37, violations: [], drift: [] });
      expect(report.requests).toBeGreaterThanOrEqual(1);
    }
  });

  it("the get of one listed session is sent where the spec has one, answered 200 and validated", async () => {
    const { reports } = await runLiveContract(env, PROVIDER_IDS);
    for (const report of reports) {
      // Its listing and its get, in that order (Huawei has no get); a get answered other than 2xx fails the run.
      expect(report.operations, report.provider).toEqual(withRole(report.provider, "list", "get"));
      expect(report.status, report.provider).toBe("passed");
    }
    expect(reports.filter((r) => r.operations.length === 2).map((r) => r.provider)).toHaveLength(4);
  });

  it("error responses of the mock validate too (401, 404, 400, 429, 500, 503)", async () => {
    const exchanges: Exchange[] = [];
    const fetch = recordingFetch(exchanges);
    const client = (token: string) => createAuth0Client({ baseUrl: p.auth0.baseUrl, token, fetch, maxRetries: 0 });
    const attempt = async (run: () => Promise<unknown>) => {
      await run().catch(() => undefined);
    };
    const userId = p.auth0.users[0]?.userId ?? "";
    const token = p.auth0.credentials.token ?? "";
    await attempt(() => listAuth0(client("wrong"), { userId }).collect());
    await attempt(() => listAuth0(client(token), { userId: "auth0|nobody" }).collect());
    // The client refuses a page size the spec does not allow before sending it: the request is made by hand.
    const url = `${p.auth0.baseUrl}/users/${encodeURIComponent(userId)}/sessions?take=500`;
    await fetch(new Request(url, { headers: { authorization: `Bearer ${token}` } }));
    for (const kind of ["429", "500", "503"] as const) {
      p.auth0.injectFaults({ kind });
      await attempt(() => listAuth0(client(token), { userId }).collect());
    }
    expect(exchanges.map((e) => e.response?.status)).toEqual([401, 404, 400, 429, 500, 503]);
    // 500 and 503 are not in Auth0's spec (it documents none): the mock answers them only when told to.
    for (const e of exchanges.slice(0, 4))
      expect(validateResponse("auth0", e.response ?? { status: 0, body: null })).toEqual([]);
  });

  it("a provider without credentials is reported as skipped, never as passed", async () => {
    const { reports, ok, summary } = await runLiveContract({ AUTH0_DOMAIN: "t.auth0.com" }, PROVIDER_IDS);
    expect(ok).toBe(true);
    expect(reports.every((r) => r.status === "skipped")).toBe(true);
    expect(reports.find((r) => r.provider === "auth0")?.reason).toBe("set AUTH0_TOKEN, AUTH0_USER_ID");
    expect(summary).toContain("0 checked, 5 skipped, 0 failed");
  });

  it("a violation fails the run and is listed with its pointer", async () => {
    const report = await runContract(
      {
        provider: "auth0",
        list: (fetch) =>
          listAuth0(createAuth0Client({ baseUrl: p.auth0.baseUrl, token: p.auth0.credentials.token, fetch }), {
            userId: p.auth0.users[0]?.userId ?? "",
          }),
      },
      {
        // A tenant that started sending cookie modes the spec does not know.
        fetch: async (request) => {
          const response = await globalThis.fetch(request);
          const body = (await response.json()) as { sessions: { cookie?: { mode: string } }[] };
          for (const s of body.sessions) s.cookie = { mode: "forever" };
          return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
        },
      },
    );
    expect(report.status).toBe("failed");
    expect(report.violations[0]).toMatchObject({ side: "response", in: "body", pointer: "/sessions/0/cookie/mode" });
  });
});

describe("destructive checks against the mock servers: one session of the test user revoked per provider", () => {
  it.each(PROVIDER_IDS)("%s revokes through the spec's revoke operation; request and answer validate", async (id) => {
    const provider = id as ContractProvider;
    // Servers of this test's own: revoking there changes nothing the other tests see.
    const own = await startMockServers({ seed: 12, usersPerProvider: 2, sessionsPerUser: 3 });
    try {
      const server = own.providers[id];
      const testUser = server.users[1]?.userId ?? "";
      const withUser = {
        ...envForServers({ [provider]: server }),
        [ENV_VARIABLES[provider].destructiveUser]: testUser,
      };
      const { reports, summary } = await runLiveContract(withUser, [provider], { destructive: true });
      expect(reports[0]?.status, summary).toBe("passed");
      const revokes = withRole(provider, "revoke");
      expect(reports[0]?.operations.filter((op) => revokes.includes(op))).toHaveLength(1);
      expect(reports[0]?.operations).not.toContain(withRole(provider, "revokeAll")[0] ?? "none");
    } finally {
      await own.close();
    }
  });
});
