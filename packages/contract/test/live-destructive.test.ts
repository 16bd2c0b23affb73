import { type RecordedRequest, type RecordingServer, replyJson, startRecordingServer } from "@idp-sessions/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ENV_VARIABLES, type Env, runContract, runLiveContract, targetFromEnv } from "../src/index.js";

const READER = "auth0|reader";
const TEST_USER = "auth0|test-user";
const SESSIONS: Record<string, string[]> = { [READER]: ["read-1", "read-2"], [TEST_USER]: ["test-1", "test-2"] };

/** An Auth0 tenant on a real socket: the two users' listings, the get, and the revoke, each as the spec answers. */
function answer(request: RecordedRequest, res: Parameters<Parameters<typeof startRecordingServer>[0]>[1]) {
  const path = new URL(request.rawUrl, "http://x").pathname.split("/").map(decodeURIComponent);
  const [, , , resource, id, action] = path; // "", "api", "v2", ...
  if (request.method === "GET" && resource === "users" && action === "sessions")
    return replyJson(res, 200, { sessions: (SESSIONS[id ?? ""] ?? []).map((s) => ({ id: s, user_id: id })) });
  if (request.method === "GET" && resource === "sessions" && path.length === 5)
    return replyJson(res, 200, { id, user_id: READER });
  if (request.method === "POST" && resource === "sessions" && action === "revoke") return replyJson(res, 202, {});
  replyJson(res, 404, { statusCode: 404, error: "Not Found", message: "Not Found" });
}

const destructive = (r: RecordedRequest) => r.method !== "GET";
let server: RecordingServer;
let env: Env;
beforeEach(async () => {
  server = await startRecordingServer(answer);
  env = { AUTH0_BASE_URL: `${server.origin}/api/v2`, AUTH0_TOKEN: "t0ken", AUTH0_USER_ID: READER };
});
afterEach(() => server.close());

describe("the live check never revokes unless asked twice: the flag and the test user variable", () => {
  it("names the test user variable after the spec's prefix and the user variable", () => {
    expect(ENV_VARIABLES.auth0.destructiveUser).toBe("AUTH0_DESTRUCTIVE_USER_ID");
    expect(ENV_VARIABLES["ory-kratos"].destructiveUser).toBe("ORY_DESTRUCTIVE_IDENTITY_ID");
    expect(ENV_VARIABLES["huawei-identitycenter"].destructiveUser).toBe("HUAWEI_DESTRUCTIVE_USER_ID");
  });

  it("without the flag, only reads are sent (the listing and the get), even with the test user set", async () => {
    const { reports, ok } = await runLiveContract({ ...env, AUTH0_DESTRUCTIVE_USER_ID: TEST_USER }, ["auth0"]);
    expect(ok).toBe(true);
    expect(reports[0]).toMatchObject({ status: "passed", operations: ["getUserSessions", "getSession"] });
    expect(server.requests.map((r) => `${r.method} ${r.rawUrl}`)).toEqual([
      "GET /api/v2/users/auth0%7Creader/sessions",
      "GET /api/v2/sessions/read-1",
    ]);
    expect(server.requests.filter(destructive)).toEqual([]);
  });

  it("with the flag but no test user: refused with a message naming the variable, nothing sent", async () => {
    const { reports, ok, summary } = await runLiveContract(env, ["auth0"], { destructive: true });
    expect(ok).toBe(false);
    expect(reports[0]).toMatchObject({ status: "failed", requests: 0 });
    expect(reports[0]?.reason).toContain("destructive checks need AUTH0_DESTRUCTIVE_USER_ID");
    expect(summary).toContain("AUTH0_DESTRUCTIVE_USER_ID");
    expect(server.connections()).toBe(0);
  });

  it("with both: exactly one revoking request, for one session of the test user, checked like the rest", async () => {
    const withUser = { ...env, AUTH0_DESTRUCTIVE_USER_ID: TEST_USER };
    const { reports, ok } = await runLiveContract(withUser, ["auth0"], { destructive: true });
    expect(reports[0]).toMatchObject({ status: "passed", violations: [] });
    expect(ok).toBe(true);
    expect(reports[0]?.operations).toEqual(["getUserSessions", "getSession", "revokeSession"]);
    expect(server.requests.filter(destructive).map((r) => `${r.method} ${r.rawUrl}`)).toEqual([
      "POST /api/v2/sessions/test-1/revoke",
    ]);
    // The test user was listed to find its session; the reader's sessions were never revoked.
    expect(server.requests.some((r) => r.rawUrl.startsWith("/api/v2/users/auth0%7Ctest-user/sessions"))).toBe(true);
  });

  it("runContract refuses a destructive run of a target without a test user, before sending anything", async () => {
    const target = targetFromEnv("auth0", env);
    if (!target) throw new Error("variables missing");
    const report = await runContract(target, { destructive: true });
    expect(report).toMatchObject({ status: "failed", requests: 0 });
    expect(report.reason).toContain("dedicated test user");
    expect(server.connections()).toBe(0);
  });
});
