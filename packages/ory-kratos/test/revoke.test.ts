import { replyJson, startRecordingServer } from "@idp-sessions/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  ConfigurationError,
  createOryKratosClient,
  getSession,
  InternalServerError,
  NotFoundError,
  PaginationError,
  PermissionDeniedError,
  ResponseValidationError,
  revokeSession,
  revokeUserSessions,
} from "../src/index.js";

const TOKEN = "ory_pat_TESTSECRET-revoke-token";
const IDENTITY = "6f1c1f70-0d5a-4d1f-9a0b-2e6f6b1c2d3e";
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
const [S1, S2, S3, OLD] = [uuid(1), uuid(2), uuid(3), uuid(4)];
/** Its disable answers 500; one that answers 204 but stays active; one whose GET answers about another session. */
const [FAILING, STUBBORN, LIAR] = [uuid(0x500), uuid(0x204), uuid(0x11a2)];
const NOT_FOUND = { error: { code: 404, status: "Not Found", message: "Unable to locate the resource" } };

/** A Kratos admin API in memory: sessions of IDENTITY, active or disabled, and the four operations. */
let sessions = new Map<string, boolean>();
let readOnly = false;
/** Kratos v26.2.0's ory/kratos#3883: the page the first rel="next" names repeats the first page. */
let repeatFirstPage = false;
/** Another caller deletes the identity's sessions right after a listing. */
let deletedAfterListing = false;
const server = await startRecordingServer((request, res) => {
  const url = new URL(request.rawUrl, "http://kratos");
  const one = /^\/admin\/sessions\/([^/]+)$/.exec(url.pathname);
  const id = one?.[1] ?? "";
  if (readOnly && request.method === "DELETE") {
    return replyJson(res, 403, {
      error: { code: 403, status: "Forbidden", message: "The requested action was forbidden" },
    });
  }
  if (url.pathname === `/admin/identities/${IDENTITY}/sessions` && request.method === "GET") {
    const active = url.searchParams.get("active");
    const listed = [...sessions].filter(([, on]) => active === null || String(on) === active);
    const size = Number(url.searchParams.get("page_size") ?? 250);
    const offset = repeatFirstPage ? 0 : Number(url.searchParams.get("page_token") ?? 0);
    const page = listed.slice(offset, offset + size);
    const more = offset + size < listed.length;
    if (deletedAfterListing) sessions.clear();
    return replyJson(
      res,
      200,
      page.map(([sid, on]) => ({ id: sid, active: on })),
      {
        "x-total-count": String(listed.length),
        ...(more ? { link: `</admin/identities/${IDENTITY}/sessions?page_token=${offset + size}>; rel="next"` } : {}),
      },
    );
  }
  if (url.pathname === `/admin/identities/${IDENTITY}/sessions` && request.method === "DELETE") {
    if (sessions.size === 0) return replyJson(res, 404, NOT_FOUND);
    sessions.clear();
    res.writeHead(204).end();
    return;
  }
  if (one && request.method === "GET") {
    if (id === LIAR) return replyJson(res, 200, { id: S1, active: true });
    const active = sessions.get(id);
    if (active === undefined) return replyJson(res, 404, NOT_FOUND);
    const expand = url.searchParams.getAll("expand");
    return replyJson(res, 200, {
      id,
      active,
      devices: expand.includes("devices") ? [{ id: uuid(99), ip_address: null }] : [],
      identity: expand.includes("identity") ? { id: IDENTITY } : null,
    });
  }
  if (one && request.method === "DELETE") {
    if (id === FAILING) {
      return replyJson(res, 500, { error: { code: 500, status: "Internal Server Error", message: "boom" } });
    }
    if (!sessions.has(id)) return replyJson(res, 404, NOT_FOUND);
    if (id !== STUBBORN) sessions.set(id, false);
    res.writeHead(204, { "content-type": "application/json; charset=utf-8" }).end();
    return;
  }
  replyJson(res, 404, NOT_FOUND);
});
afterAll(() => server.close());
const client = createOryKratosClient({ baseUrl: server.origin, token: TOKEN, maxRetries: 0 });
beforeEach(() => {
  sessions = new Map([
    [S1, true],
    [S2, true],
    [S3, true],
    [OLD, false],
  ]);
  readOnly = false;
  repeatFirstPage = false;
  deletedAfterListing = false;
  server.requests.length = 0;
});
const sent = () => server.requests.map((r) => `${r.method} ${r.rawUrl}`);
const LIST = `GET /admin/identities/${IDENTITY}/sessions?page_size=500&active=true`;
const listAll = () => [...sessions].map(([id, active]) => ({ id, active }));

describe("getSession", () => {
  it("sends no expand unless asked: identity is then null and devices empty", async () => {
    expect(await getSession(client, { sessionId: S1 })).toEqual({ id: S1, active: true, devices: [], identity: null });
    expect(sent()).toEqual([`GET /admin/sessions/${S1}`]);
  });

  it("sends expand repeated (expand=identity&expand=devices) when asked", async () => {
    const session = await getSession(client, { sessionId: S1, expand: ["identity", "devices"] });
    expect(session.identity).toEqual({ id: IDENTITY });
    expect(session.devices).toHaveLength(1);
    expect(sent()).toEqual([`GET /admin/sessions/${S1}?expand=identity&expand=devices`]);
  });

  it("finds a disabled session (active: false); an unknown one is a NotFoundError naming getSession", async () => {
    expect(await getSession(client, { sessionId: OLD })).toMatchObject({ id: OLD, active: false });
    const error = await getSession(client, { sessionId: uuid(77) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ provider: "ory-kratos", operation: "getSession" });
  });

  it("takes an upper-case UUID (Kratos answers with the lower-case id), and refuses another session", async () => {
    expect(await getSession(client, { sessionId: S2.toUpperCase() })).toMatchObject({ id: S2 });
    await expect(getSession(client, { sessionId: LIAR })).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it("refuses an id that is not a UUID and an expand value the spec does not have, before sending", async () => {
    await expect(getSession(client, { sessionId: "abc" })).rejects.toBeInstanceOf(ConfigurationError);
    const bad = [["identity", "credentials"], "identity", [undefined]] as unknown as ["identity"][];
    for (const expand of bad) {
      await expect(getSession(client, { sessionId: S1, expand })).rejects.toThrow(
        /expand must be an array of "identity" and\/or "devices"/,
      );
    }
    expect(sent()).toEqual([]);
  });
});

describe("revokeSession", () => {
  it("disables the session, which stays listed as inactive; a repeated disable answers 204 again", async () => {
    expect(await revokeSession(client, { identityId: IDENTITY, sessionId: S1 })).toEqual({
      sessionId: S1,
      outcome: "revoked",
    });
    expect(await revokeSession(client, { identityId: IDENTITY, sessionId: S1 })).toEqual({
      sessionId: S1,
      outcome: "revoked",
    });
    expect(sent()).toEqual([`DELETE /admin/sessions/${S1}`, `DELETE /admin/sessions/${S1}`]);
    expect(server.requests.map((r) => r.body)).toEqual(["", ""]);
    expect(listAll()).toContainEqual({ id: S1, active: false });
  });

  it("reports an unknown or deleted session (404) as already gone", async () => {
    expect(await revokeSession(client, { identityId: IDENTITY, sessionId: uuid(77) })).toEqual({
      sessionId: uuid(77),
      outcome: "alreadyGone",
    });
  });

  it("names disableSession in a 403", async () => {
    readOnly = true;
    const error = await revokeSession(client, { identityId: IDENTITY, sessionId: S1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ provider: "ory-kratos", operation: "disableSession", status: 403 });
  });

  it("refuses a session id or an identity id that is not a UUID before sending", async () => {
    await expect(revokeSession(client, { identityId: IDENTITY, sessionId: "s1" })).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    await expect(revokeSession(client, { identityId: "ada", sessionId: S1 })).rejects.toThrow(/identityId/);
    expect(sent()).toEqual([]);
  });
});

describe("revokeUserSessions", () => {
  it("by default disables each active session, then verifies with one listing; disabled ones stay listed", async () => {
    const report = await revokeUserSessions(client, { identityId: IDENTITY }, { concurrency: 1 });
    expect(report).toEqual({
      provider: "ory-kratos",
      dryRun: false,
      method: "disable",
      found: [S1, S2, S3],
      revoked: [S1, S2, S3],
      alreadyGone: [],
      failed: [],
      verification: { stillActive: [], attempts: 1 },
      complete: true,
    });
    expect(sent()).toEqual([
      LIST,
      `DELETE /admin/sessions/${S1}`,
      `DELETE /admin/sessions/${S2}`,
      `DELETE /admin/sessions/${S3}`,
      LIST,
    ]);
    expect(listAll()).toEqual([S1, S2, S3, OLD].map((id) => ({ id, active: false })));
  });

  it("with method delete sends Kratos' one delete-all, which leaves no session listed at all", async () => {
    const report = await revokeUserSessions(client, { identityId: IDENTITY }, { method: "delete" });
    expect(report).toMatchObject({ method: "delete", found: [S1, S2, S3], revoked: [S1, S2, S3], complete: true });
    expect(sent()).toEqual([LIST, `DELETE /admin/identities/${IDENTITY}/sessions`, LIST]);
    expect(listAll()).toEqual([]);
  });

  it("with method delete reads Kratos' 404 (nothing left to delete) as every listed session already gone", async () => {
    deletedAfterListing = true;
    const report = await revokeUserSessions(client, { identityId: IDENTITY }, { method: "delete" });
    expect(report).toMatchObject({ revoked: [], alreadyGone: [S1, S2, S3], failed: [], complete: true });
  });

  it("sends no delete-all when no session is active", async () => {
    sessions = new Map([[OLD, false]]);
    const report = await revokeUserSessions(client, { identityId: IDENTITY }, { method: "delete" });
    expect(report).toMatchObject({ found: [], revoked: [], complete: true });
    expect(sent()).toEqual([LIST, LIST]);
  });

  it("reports a session whose disable fails in failed, revokes the others, and names what is left", async () => {
    sessions.set(FAILING, true);
    const report = await revokeUserSessions(client, { identityId: IDENTITY });
    expect(report.revoked).toEqual([S1, S2, S3]);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]?.sessionId).toBe(FAILING);
    expect(report.failed[0]?.error).toBeInstanceOf(InternalServerError);
    expect(report.failed[0]?.error).toMatchObject({ operation: "disableSession" });
    expect(report.verification).toEqual({ stillActive: [FAILING], attempts: 1 });
    expect(report.complete).toBe(false);
  });

  it("names a session still active after a 204 in the verification", async () => {
    sessions.set(STUBBORN, true);
    const report = await revokeUserSessions(client, { identityId: IDENTITY });
    expect(report).toMatchObject({ revoked: [S1, S2, S3, STUBBORN], failed: [], complete: false });
    expect(report.verification).toEqual({ stillActive: [STUBBORN], attempts: 1 });
  });

  it("stops sending at a 403: the sessions not yet sent fail with it", async () => {
    readOnly = true;
    const report = await revokeUserSessions(client, { identityId: IDENTITY }, { concurrency: 1 });
    expect(report.failed.map((f) => f.sessionId)).toEqual([S1, S2, S3]);
    for (const { error } of report.failed) {
      expect(error).toBeInstanceOf(PermissionDeniedError);
      expect(error).toMatchObject({ operation: "disableSession" });
    }
    expect(sent()).toEqual([LIST, `DELETE /admin/sessions/${S1}`, LIST]);
  });

  it("a dry run only lists the active sessions", async () => {
    const report = await revokeUserSessions(client, { identityId: IDENTITY }, { dryRun: true, method: "delete" });
    expect(report).toMatchObject({ dryRun: true, found: [S1, S2, S3], revoked: [], verification: null });
    expect(sent()).toEqual([LIST]);
  });

  it("revokes nothing when the listing repeats its first page and the rest does not fit in one page", async () => {
    sessions = new Map(Array.from({ length: 501 }, (_, n) => [uuid(1000 + n), true]));
    repeatFirstPage = true;
    await expect(revokeUserSessions(client, { identityId: IDENTITY })).rejects.toBeInstanceOf(PaginationError);
    expect(sent().filter((line) => line.startsWith("DELETE"))).toEqual([]);
  });

  it("refuses an unknown method and an identity id that is not a UUID before sending", async () => {
    await expect(
      revokeUserSessions(client, { identityId: IDENTITY }, { method: "revoke" as "disable" }),
    ).rejects.toBeInstanceOf(ConfigurationError);
    await expect(revokeUserSessions(client, { identityId: "ada" })).rejects.toBeInstanceOf(ConfigurationError);
    await expect(revokeUserSessions(client, { identityId: IDENTITY }, { concurrency: 0 })).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    expect(sent()).toEqual([]);
  });
});
