import { replyJson, startRecordingServer } from "@idp-sessions/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  ConfigurationError,
  createMonoCloudClient,
  getSession,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  ResponseValidationError,
  revokeSession,
  revokeUserSessions,
} from "../src/index.js";

const API_KEY = "monocloud-TESTSECRET-revoke-key";
const USER = "7tLq2ZyH0bWc4NnR9sKxd";
const LATER = Math.floor(Date.now() / 1000) + 3600;
/** Its revoke answers 500; one that answers 204 but stays; one whose GET answers about another session. */
const [FAILING, STUBBORN, LIAR] = ["F500", "S204", "LIAR"];
/** Listed although its expires_at has passed: over already, so neither found nor a survivor. */
const EXPIRED = "E0";

const problem = (status: number, title: string, detail: string) => ({
  type: `https://httpstatuses.io/${status}`,
  title,
  status,
  detail,
  traceId: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
});
const PROBLEM = { "content-type": "application/problem+json" };

/** A tenant in memory: the user's sessions by id with their expiry (epoch seconds), and the three operations. */
let sessions = new Map<string, number>();
let forbidden = false;
const server = await startRecordingServer((request, res) => {
  const url = new URL(request.rawUrl, "http://monocloud");
  const one = new RegExp(`^/api/users/${USER}/sessions/([^/]+)$`).exec(url.pathname);
  const id = decodeURIComponent(one?.[1] ?? "");
  if (forbidden) return replyJson(res, 403, problem(403, "Forbidden", "Insufficient plan."), PROBLEM);
  const session = (sid: string) => ({
    session_id: sid,
    client_ids: [],
    initiated_at: 1700000000,
    expires_at: sessions.get(sid) ?? LATER,
    last_updated: 1700000000,
    last_metadata: null,
  });
  if (url.pathname === `/api/users/${USER}/sessions` && request.method === "GET") {
    const page = Number(url.searchParams.get("page") ?? 1);
    const size = Number(url.searchParams.get("size") ?? 10);
    const ids = [...sessions.keys()];
    const hasNext = page * size < ids.length;
    return replyJson(res, 200, ids.slice((page - 1) * size, page * size).map(session), {
      "x-pagination": JSON.stringify({ has_next: hasNext }),
    });
  }
  if (one && request.method === "GET") {
    if (id === LIAR) return replyJson(res, 200, session("someone-else"));
    return sessions.has(id)
      ? replyJson(res, 200, session(id))
      : replyJson(res, 404, problem(404, "Not Found", "Session not found."), PROBLEM);
  }
  if (one && request.method === "DELETE") {
    if (id === FAILING) return replyJson(res, 500, problem(500, "Internal Server Error", "boom"), PROBLEM);
    if (!sessions.has(id)) return replyJson(res, 404, problem(404, "Not Found", "Session not found."), PROBLEM);
    if (id !== STUBBORN) sessions.delete(id);
    res.writeHead(204).end();
    return;
  }
  replyJson(res, 404, problem(404, "Not Found", "User not found."), PROBLEM);
});
afterAll(() => server.close());
const client = createMonoCloudClient({ baseUrl: `${server.origin}/api`, apiKey: API_KEY, maxRetries: 0 });
beforeEach(() => {
  sessions = new Map([
    ["A1", LATER],
    ["A2", LATER],
    ["A3", LATER],
  ]);
  forbidden = false;
  server.requests.length = 0;
});
const sent = () => server.requests.map((r) => `${r.method} ${r.rawUrl}`);
/** The revoke lists with MonoCloud's largest page (100), not its default of 10. */
const LIST = `GET /api/users/${USER}/sessions?page=1&size=100`;
const revoke = (id: string) => `DELETE /api/users/${USER}/sessions/${id}`;

describe("getSession", () => {
  it("returns the user's session; a revoked or unknown one is a NotFoundError naming findUserSession", async () => {
    expect(await getSession(client, { userId: USER, sessionId: "A1" })).toMatchObject({ session_id: "A1" });
    await revokeSession(client, { userId: USER, sessionId: "A1" });
    const error = await getSession(client, { userId: USER, sessionId: "A1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ provider: "monocloud", operation: "findUserSession", code: "Not Found" });
    expect(sent()).toEqual([`GET /api/users/${USER}/sessions/A1`, revoke("A1"), `GET /api/users/${USER}/sessions/A1`]);
  });

  it("refuses an answer about another session, and empty ids before sending", async () => {
    await expect(getSession(client, { userId: USER, sessionId: LIAR })).rejects.toBeInstanceOf(ResponseValidationError);
    server.requests.length = 0;
    await expect(getSession(client, { userId: "", sessionId: "A1" })).rejects.toThrow(/userId/);
    await expect(getSession(client, { userId: USER, sessionId: "" })).rejects.toThrow(/sessionId/);
    expect(sent()).toEqual([]);
  });
});

describe("revokeSession", () => {
  it("revokes with DELETE (204, no body); a second time MonoCloud answers 404: already gone", async () => {
    expect(await revokeSession(client, { userId: USER, sessionId: "A2" })).toEqual({
      sessionId: "A2",
      outcome: "revoked",
    });
    expect(await revokeSession(client, { userId: USER, sessionId: "A2" })).toEqual({
      sessionId: "A2",
      outcome: "alreadyGone",
    });
    expect(sent()).toEqual([revoke("A2"), revoke("A2")]);
    expect(server.requests.map((r) => r.body)).toEqual(["", ""]);
    expect(server.requests[0]?.headers["x-api-key"]).toBe(API_KEY);
  });

  it("sends the ids as one path segment each", async () => {
    await revokeSession(client, { userId: USER, sessionId: "a/b?c" });
    expect(sent()).toEqual([revoke("a%2Fb%3Fc")]);
  });

  it("names revokeUserSession in a 403", async () => {
    forbidden = true;
    const error = await revokeSession(client, { userId: USER, sessionId: "A1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ provider: "monocloud", operation: "revokeUserSession", status: 403 });
  });
});

describe("revokeUserSessions", () => {
  it("lists, revokes each session, then verifies with one listing", async () => {
    const report = await revokeUserSessions(client, { userId: USER }, { concurrency: 1 });
    expect(report).toEqual({
      provider: "monocloud",
      dryRun: false,
      method: "revoke",
      found: ["A1", "A2", "A3"],
      revoked: ["A1", "A2", "A3"],
      alreadyGone: [],
      failed: [],
      verification: { stillActive: [], attempts: 1 },
      complete: true,
    });
    expect(sent()).toEqual([LIST, revoke("A1"), revoke("A2"), revoke("A3"), LIST]);
  });

  it("reads every page before the first revoke (pages shift as sessions go)", async () => {
    sessions = new Map(Array.from({ length: 120 }, (_, n) => [`P${n}`, LATER]));
    const report = await revokeUserSessions(client, { userId: USER }, { concurrency: 3 });
    expect(report.found).toHaveLength(120);
    expect(report).toMatchObject({ complete: true, verification: { stillActive: [] } });
    expect(sent().slice(0, 3)).toEqual([LIST, `GET /api/users/${USER}/sessions?page=2&size=100`, revoke("P0")]);
  });

  it("revokes a listed session whose expires_at has passed by this machine's clock (the provider's clock decides)", async () => {
    sessions.set(EXPIRED, Math.floor(Date.now() / 1000) - 60);
    const report = await revokeUserSessions(client, { userId: USER });
    expect(report).toMatchObject({ found: ["A1", "A2", "A3", EXPIRED], complete: true });
    expect(report.verification).toEqual({ stillActive: [], attempts: 1 });
    expect(sent()).toContain(revoke(EXPIRED));
  });

  it("reports a session whose revoke fails in failed, revokes the others, and names what is left", async () => {
    sessions.set(FAILING, LATER);
    const report = await revokeUserSessions(client, { userId: USER });
    expect(report.revoked).toEqual(["A1", "A2", "A3"]);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]?.sessionId).toBe(FAILING);
    expect(report.failed[0]?.error).toBeInstanceOf(InternalServerError);
    expect(report.failed[0]?.error).toMatchObject({ operation: "revokeUserSession" });
    expect(report.verification).toEqual({ stillActive: [FAILING], attempts: 1 });
    expect(report.complete).toBe(false);
  });

  it("names a session still listed after its 204 in the verification", async () => {
    sessions.set(STUBBORN, LATER);
    const report = await revokeUserSessions(client, { userId: USER });
    expect(report).toMatchObject({ revoked: ["A1", "A2", "A3", STUBBORN], failed: [], complete: false });
    expect(report.verification).toEqual({ stillActive: [STUBBORN], attempts: 1 });
  });

  it("throws the listing's error before revoking anything", async () => {
    forbidden = true;
    const error = await revokeUserSessions(client, { userId: USER }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ operation: "getUserSessions" });
    expect(sent()).toEqual([LIST]);
  });

  it("a dry run only lists", async () => {
    const report = await revokeUserSessions(client, { userId: USER }, { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, found: ["A1", "A2", "A3"], revoked: [], verification: null });
    expect(sent()).toEqual([LIST]);
  });

  it("refuses an empty user id and a bad concurrency before sending", async () => {
    await expect(revokeUserSessions(client, { userId: "" })).rejects.toBeInstanceOf(ConfigurationError);
    await expect(revokeUserSessions(client, { userId: USER }, { concurrency: 33 })).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    expect(sent()).toEqual([]);
  });
});
