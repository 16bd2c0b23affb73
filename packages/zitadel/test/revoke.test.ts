import { caught, expectNoSecrets, replyJson, startRecordingServer } from "@idp-sessions/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  APIConnectionError,
  ConfigurationError,
  createZitadelClient,
  getSession,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  ResponseValidationError,
  revokeSession,
  revokeUserSessions,
  type ZitadelListSessionsRequest,
} from "../src/index.js";

const TOKEN = "zitadel-pat-TESTSECRET-revoke";
const SESSION_TOKEN = "sessiontoken-TESTSECRET-blGKerGQPKv8jN21p6E9GB1B";
const USER = "259242039378444290";
const PAST = "2020-01-01T00:00:00Z";
const status = (code: number, message: string, id?: string) => ({
  code,
  message: id ? `${message} (${id})` : message,
  ...(id ? { details: [{ "@type": "type.googleapis.com/zitadel.v1.ErrorDetail", id, message }] } : {}),
});
const GONE = status(5, "Session does not exist", "QUERY-SFeaa");
const NO_MEMBERSHIP = status(5, "membership not found", "AUTHZ-cdgFk");
const DENIED = status(7, "No matching permissions found", "AUTH-AWfge");

/**
 * An instance in memory. `sessions` maps id → user; `expired` ids have a past expirationDate; `lagging`
 * makes the search show terminated sessions too (its projection lags, GET does not); `sticky` ids answer the
 * DELETE 200 and stay; `failing` ids answer it 500; `deleteDenied` ids 403; `nomember` ids 404 AUTHZ-cdgFk.
 */
let sessions = new Map<string, string>();
let terminated = new Set<string>();
let expired = new Set<string>();
let lagging = false;
const sticky = new Set(["sticky"]);
const server = await startRecordingServer((request, res) => {
  const [path = "", search = ""] = request.rawUrl.split("?");
  const one = /^\/v2\/sessions\/([^/]+)$/.exec(path);
  const id = decodeURIComponent(one?.[1] ?? "");
  const session = (sid: string) => ({
    id: sid,
    factors: { user: { id: sessions.get(sid) ?? USER } },
    expirationDate: expired.has(sid) ? PAST : "2999-01-01T00:00:00Z",
  });
  if (path === "/v2/sessions/search" && request.method === "POST") {
    const body = JSON.parse(request.body) as ZitadelListSessionsRequest;
    const first = body.queries?.[0];
    const user = first && "userIdQuery" in first ? first.userIdQuery.id : undefined;
    const ids = [...sessions.keys(), ...(lagging ? terminated : [])].filter(
      (sid) => (sessions.get(sid) ?? USER) === user,
    );
    return replyJson(res, 200, { details: { totalResult: String(ids.length) }, sessions: ids.map(session) });
  }
  if (one && request.method === "GET") {
    if (id === "denied") {
      // ZITADEL does not echo the token; a hostile or buggy server might.
      const token = new URLSearchParams(search).get("sessionToken") ?? "";
      return replyJson(res, 403, status(7, `wrong token ${token}`, "QUERY-dsfr3"));
    }
    if (id === "nomember") return replyJson(res, 404, NO_MEMBERSHIP);
    if (id === "liar") return replyJson(res, 200, { session: { id: "someone-else" } });
    return sessions.has(id) ? replyJson(res, 200, { session: session(id) }) : replyJson(res, 404, GONE);
  }
  if (one && request.method === "DELETE") {
    if (id === "delete-denied") return replyJson(res, 403, DENIED);
    if (id === "delete-nomember") return replyJson(res, 404, NO_MEMBERSHIP);
    if (id === "failing") return replyJson(res, 500, status(13, "db connection error"));
    if (sessions.has(id) && !sticky.has(id)) {
      sessions.delete(id);
      terminated.add(id);
    }
    // 200 whether terminated now, earlier, or never known.
    return replyJson(res, 200, { details: {} });
  }
  replyJson(res, 404, status(5, "Not Found"));
});
afterAll(() => server.close());
const client = createZitadelClient({ baseUrl: server.origin, token: TOKEN, maxRetries: 0 });
beforeEach(() => {
  sessions = new Map(["s1", "s2", "s3"].map((id) => [id, USER]));
  terminated = new Set();
  expired = new Set();
  lagging = false;
  server.requests.length = 0;
});
const sent = () => server.requests.map((r) => `${r.method} ${r.rawUrl}`);

describe("getSession", () => {
  it("returns the session at `session`; a terminated one is a NotFoundError QUERY-SFeaa naming getSession", async () => {
    expect(await getSession(client, { sessionId: "s1" })).toMatchObject({ id: "s1", factors: { user: { id: USER } } });
    const error = await caught(() => getSession(client, { sessionId: "nope" }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ operation: "getSession", code: "QUERY-SFeaa" });
    expect(sent()).toEqual(["GET /v2/sessions/s1", "GET /v2/sessions/nope"]);
  });

  it("sends sessionToken as the query parameter and scrubs it from every error of the call", async () => {
    await getSession(client, { sessionId: "s2", sessionToken: SESSION_TOKEN });
    expect(sent()).toEqual([`GET /v2/sessions/s2?sessionToken=${SESSION_TOKEN}`]);
    const echoed = await caught(() => getSession(client, { sessionId: "denied", sessionToken: SESSION_TOKEN }));
    expect(echoed).toBeInstanceOf(PermissionDeniedError);
    expect(JSON.stringify(echoed)).toContain("wrong token [redacted]");
    // The client's fetch builds connection errors: one quoting the URL must not quote the token either.
    const quoting = createZitadelClient({
      baseUrl: server.origin,
      token: TOKEN,
      maxRetries: 0,
      fetch: async (request) => {
        throw new Error(`cannot fetch ${request.url}`, { cause: new Error(`refused ${request.url}`) });
      },
    });
    const unreachable = await caught(() => getSession(quoting, { sessionId: "s2", sessionToken: SESSION_TOKEN }));
    expect(unreachable).toBeInstanceOf(APIConnectionError);
    expectNoSecrets([echoed, unreachable], [SESSION_TOKEN, encodeURIComponent(SESSION_TOKEN), TOKEN]);
  });

  it("refuses a sessionToken outside the spec's 1..200 characters before sending, without quoting it", async () => {
    for (const sessionToken of ["", `${SESSION_TOKEN}${"x".repeat(200)}`]) {
      const error = await caught(() => getSession(client, { sessionId: "s1", sessionToken }));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(String(error)).toContain("sessionToken");
    }
    expect(sent()).toEqual([]);
  });

  it("refuses an answer about another session", async () => {
    await expect(getSession(client, { sessionId: "liar" })).rejects.toBeInstanceOf(ResponseValidationError);
  });
});

describe("revokeSession", () => {
  it("reads the session, then terminates it; a second time the GET's 404 QUERY-SFeaa is alreadyGone, no DELETE", async () => {
    expect(await revokeSession(client, { userId: USER, sessionId: "s1" })).toEqual({
      sessionId: "s1",
      outcome: "revoked",
    });
    expect(await revokeSession(client, { userId: USER, sessionId: "s1" })).toEqual({
      sessionId: "s1",
      outcome: "alreadyGone",
    });
    expect(sent()).toEqual(["GET /v2/sessions/s1", "DELETE /v2/sessions/s1", "GET /v2/sessions/s1"]);
    expect(server.requests[1]?.body).toBe("");
  });

  it("terminates an expired session too (it is still there until terminated)", async () => {
    expired.add("s2");
    expect(await revokeSession(client, { userId: USER, sessionId: "s2" })).toMatchObject({ outcome: "revoked" });
    expect(sent()).toEqual(["GET /v2/sessions/s2", "DELETE /v2/sessions/s2"]);
  });

  it("refuses another user's session after the GET, deleting nothing", async () => {
    sessions.set("theirs", "someone-else");
    const error = await caught(() => revokeSession(client, { userId: USER, sessionId: "theirs" }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(String(error)).toContain("not a session of user");
    expect(sent()).toEqual(["GET /v2/sessions/theirs"]);
  });

  it("never takes another 404 for gone: AUTHZ-cdgFk on the GET or any 404 of the DELETE is thrown", async () => {
    const onGet = await caught(() => revokeSession(client, { userId: USER, sessionId: "nomember" }));
    expect(onGet).toBeInstanceOf(NotFoundError);
    expect(onGet).toMatchObject({ operation: "getSession", code: "AUTHZ-cdgFk" });
    sessions.set("delete-nomember", USER);
    const onDelete = await caught(() => revokeSession(client, { userId: USER, sessionId: "delete-nomember" }));
    expect(onDelete).toBeInstanceOf(NotFoundError);
    expect(onDelete).toMatchObject({ operation: "deleteSession", code: "AUTHZ-cdgFk" });
  });

  it("names deleteSession in a 403 (no session.delete)", async () => {
    sessions.set("delete-denied", USER);
    const error = await caught(() => revokeSession(client, { userId: USER, sessionId: "delete-denied" }));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ provider: "zitadel", operation: "deleteSession", code: "AUTH-AWfge" });
  });

  it("refuses a missing userId or a session id past the spec's 200 characters before sending", async () => {
    await expect(revokeSession(client, { userId: "", sessionId: "s1" })).rejects.toBeInstanceOf(ConfigurationError);
    await expect(revokeSession(client, { userId: USER, sessionId: "x".repeat(201) })).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    expect(sent()).toEqual([]);
  });
});

describe("revokeUserSessions", () => {
  it("searches by user, terminates each listed session (an expired one too: the provider's clock decides), then verifies", async () => {
    expired.add("s3");
    const report = await revokeUserSessions(client, { userId: USER }, { concurrency: 1 });
    expect(report).toEqual({
      provider: "zitadel",
      dryRun: false,
      method: "delete",
      found: ["s1", "s2", "s3"],
      revoked: ["s1", "s2", "s3"],
      alreadyGone: [],
      failed: [],
      verification: { stillActive: [], attempts: 1 },
      complete: true,
    });
    expect(sent()).toEqual([
      "POST /v2/sessions/search",
      "DELETE /v2/sessions/s1",
      "DELETE /v2/sessions/s2",
      "DELETE /v2/sessions/s3",
      "POST /v2/sessions/search",
    ]);
    expect(JSON.parse(server.requests[0]?.body ?? "")).toMatchObject({ queries: [{ userIdQuery: { id: USER } }] });
  });

  it("reports a failure mid-way in `failed` and revokes the others", async () => {
    sessions.set("failing", USER);
    const report = await revokeUserSessions(client, { userId: USER }, { concurrency: 1, verify: false });
    expect(report.revoked).toEqual(["s1", "s2", "s3"]);
    expect(report.failed.map((f) => f.sessionId)).toEqual(["failing"]);
    expect(report.failed[0]?.error).toBeInstanceOf(InternalServerError);
    expect(report.failed[0]?.error).toMatchObject({ operation: "deleteSession" });
    expect(report.complete).toBe(false);
  });

  it("stops at a 403: the sessions not yet sent fail with it", async () => {
    sessions = new Map(["delete-denied", "s1", "s2"].map((id) => [id, USER]));
    const report = await revokeUserSessions(client, { userId: USER }, { concurrency: 1, verify: false });
    expect(report.failed.map((f) => f.sessionId)).toEqual(["delete-denied", "s1", "s2"]);
    expect(report.failed.every((f) => f.error instanceof PermissionDeniedError)).toBe(true);
    expect(sent()).toEqual(["POST /v2/sessions/search", "DELETE /v2/sessions/delete-denied"]);
  });

  it("a dry run sends only the search", async () => {
    const report = await revokeUserSessions(client, { userId: USER }, { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, found: ["s1", "s2", "s3"], revoked: [], verification: null });
    expect(sent()).toEqual(["POST /v2/sessions/search"]);
  });

  it("confirms sessions the lagging search still lists with GET: 404 QUERY-SFeaa is not a survivor", async () => {
    lagging = true;
    const report = await revokeUserSessions(client, { userId: USER }, { concurrency: 1 });
    expect(report).toMatchObject({ complete: true, verification: { stillActive: [], attempts: 1 } });
    expect(sent().slice(4)).toEqual([
      "POST /v2/sessions/search",
      "GET /v2/sessions/s1",
      "GET /v2/sessions/s2",
      "GET /v2/sessions/s3",
    ]);
  });

  it("names a survivor after listing three times, a second apart", async () => {
    sessions.set("sticky", USER);
    const report = await revokeUserSessions(client, { userId: USER }, { concurrency: 1 });
    expect(report.revoked).toEqual(["s1", "s2", "s3", "sticky"]);
    expect(report).toMatchObject({ complete: false, verification: { stillActive: ["sticky"], attempts: 3 } });
    expect(sent().filter((line) => line.startsWith("POST"))).toHaveLength(4);
  });

  it("refuses a missing userId before sending", async () => {
    await expect(revokeUserSessions(client, { userId: "" })).rejects.toBeInstanceOf(ConfigurationError);
    expect(sent()).toEqual([]);
  });
});
