import { replyJson, startRecordingServer } from "@idp-sessions/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  ConfigurationError,
  createAuth0Client,
  getSession,
  NotFoundError,
  PermissionDeniedError,
  ResponseValidationError,
  revokeSession,
  revokeUserSessions,
} from "../src/index.js";

const TOKEN = "auth0-test-TESTSECRET-revoke-token";
/** A tenant in memory: the listing, GET, the two ways of ending one session, and delete-all. */
let sessions = new Set<string>();
const server = await startRecordingServer((request, res) => {
  const path = request.rawUrl.split("?")[0] ?? "";
  const one = /^\/api\/v2\/sessions\/([^/]+)(\/revoke)?$/.exec(path);
  if (request.rawUrl.includes("denied")) {
    return replyJson(res, 403, {
      statusCode: 403,
      error: "Forbidden",
      message: "Insufficient scope",
      errorCode: "insufficient_scope",
    });
  }
  if (path === "/api/v2/users/u1/sessions" && request.method === "GET") {
    return replyJson(res, 200, { sessions: [...sessions].map((id) => ({ id, user_id: "u1" })) });
  }
  if (path === "/api/v2/users/u1/sessions" && request.method === "DELETE") {
    sessions.clear();
    return replyJson(res, 202, {});
  }
  const id = decodeURIComponent(one?.[1] ?? "");
  if (one && request.method === "GET") {
    if (id === "liar") return replyJson(res, 200, { id: "someone-else" });
    return sessions.has(id)
      ? replyJson(res, 200, { id, user_id: "u1" })
      : replyJson(res, 404, { statusCode: 404, error: "Not Found", message: "The session does not exist." });
  }
  if (one?.[2] && request.method === "POST") {
    if (!sessions.delete(id))
      return replyJson(res, 404, { statusCode: 404, error: "Not Found", message: "The session does not exist." });
    return replyJson(res, 202, {});
  }
  if (one && request.method === "DELETE") {
    sessions.delete(id);
    return replyJson(res, 202, {});
  }
  replyJson(res, 404, { statusCode: 404, error: "Not Found", message: "Not Found" });
});
afterAll(() => server.close());
const client = createAuth0Client({ baseUrl: `${server.origin}/api/v2`, token: TOKEN, maxRetries: 0 });
beforeEach(() => {
  sessions = new Set(["s1", "s2", "s3"]);
  server.requests.length = 0;
});
const sent = () => server.requests.map((r) => `${r.method} ${r.rawUrl.split("?")[0]}`);

describe("revokeSession", () => {
  it("revokes with POST /sessions/{id}/revoke by default; a second time the session is already gone", async () => {
    expect(await revokeSession(client, { sessionId: "s1" })).toEqual({ sessionId: "s1", outcome: "revoked" });
    expect(await revokeSession(client, { sessionId: "s1" })).toEqual({ sessionId: "s1", outcome: "alreadyGone" });
    expect(sent()).toEqual(["POST /api/v2/sessions/s1/revoke", "POST /api/v2/sessions/s1/revoke"]);
  });

  it("deletes with DELETE /sessions/{id} when asked (Auth0 answers 202 whatever, so it is revoked)", async () => {
    expect(await revokeSession(client, { sessionId: "s2" }, { method: "delete" })).toMatchObject({
      outcome: "revoked",
    });
    expect(sent()).toEqual(["DELETE /api/v2/sessions/s2"]);
  });

  it("names the operation in a 403, and refuses an unknown method before sending", async () => {
    const error = await revokeSession(client, { sessionId: "denied" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ provider: "auth0", operation: "revokeSession" });
    await expect(revokeSession(client, { sessionId: "s1" }, { method: "logout" as "revoke" })).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    expect(sent()).toEqual(["POST /api/v2/sessions/denied/revoke"]);
  });

  it("refuses a session id longer than the spec's 50 characters before sending", async () => {
    await expect(revokeSession(client, { sessionId: "x".repeat(51) })).rejects.toBeInstanceOf(ConfigurationError);
    expect(sent()).toEqual([]);
  });
});

describe("getSession", () => {
  it("returns the session; a gone one is a NotFoundError naming getSession", async () => {
    expect(await getSession(client, { sessionId: "s3" })).toEqual({ id: "s3", user_id: "u1" });
    const error = await getSession(client, { sessionId: "nope" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ operation: "getSession" });
  });

  it("refuses an answer about another session", async () => {
    await expect(getSession(client, { sessionId: "liar" })).rejects.toBeInstanceOf(ResponseValidationError);
  });
});

describe("revokeUserSessions", () => {
  it("revokes each listed session with its refresh tokens by default, then verifies", async () => {
    const report = await revokeUserSessions(client, { userId: "u1" }, { concurrency: 1 });
    expect(report).toMatchObject({ provider: "auth0", method: "revoke", found: ["s1", "s2", "s3"], complete: true });
    expect(report.revoked).toEqual(["s1", "s2", "s3"]);
    expect(report.verification).toEqual({ stillActive: [], attempts: 1 });
    expect(sent()).toEqual([
      "GET /api/v2/users/u1/sessions",
      "POST /api/v2/sessions/s1/revoke",
      "POST /api/v2/sessions/s2/revoke",
      "POST /api/v2/sessions/s3/revoke",
      "GET /api/v2/users/u1/sessions",
    ]);
  });

  it("with method delete sends Auth0's one delete-all call", async () => {
    const report = await revokeUserSessions(client, { userId: "u1" }, { method: "delete" });
    expect(report).toMatchObject({ method: "delete", revoked: ["s1", "s2", "s3"], complete: true });
    expect(sent()).toEqual([
      "GET /api/v2/users/u1/sessions",
      "DELETE /api/v2/users/u1/sessions",
      "GET /api/v2/users/u1/sessions",
    ]);
  });

  it("a dry run only lists", async () => {
    const report = await revokeUserSessions(client, { userId: "u1" }, { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, found: ["s1", "s2", "s3"], revoked: [], verification: null });
    expect(sent()).toEqual(["GET /api/v2/users/u1/sessions"]);
  });

  it("lists with Auth0's largest page (take=100), not its default of 50", async () => {
    await revokeUserSessions(client, { userId: "u1" }, { dryRun: true });
    expect(server.requests.map((request) => new URL(request.rawUrl, "http://auth0").searchParams.get("take"))).toEqual([
      "100",
    ]);
  });
});
