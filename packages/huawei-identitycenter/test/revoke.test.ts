import { createHash } from "node:crypto";
import { type RecordedRequest, replyJson, startRecordingServer } from "@idp-sessions/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  BadRequestError,
  ConfigurationError,
  canonicalRequest,
  createHuaweiIdentityCenterClient,
  InternalServerError,
  PermissionDeniedError,
  RequestBodyError,
  revokeSession,
  revokeUserSessions,
  signRequest,
} from "../src/index.js";

const CREDS = { accessKeyId: "HPUAEXAMPLEAK", secretAccessKey: "huawei-TESTSECRET-revoke-sk" };
const BASE = "/v1/identity-stores/d-1234567890/users/u1/sessions";
const USER = { identityStoreId: "d-1234567890", userId: "u1" };
const error = (code: string, msg: string) => ({ error_code: code, error_msg: msg, request_id: "rq-1" });

/**
 * The user's portal sessions in memory. `sticky` ids answer 200 and stay; `rejected` ids make the batch
 * delete a 400 and stay; `raced` ids were deleted by someone else just before the batch delete arrived,
 * which then answers 400 (the real answer for unknown ids is undocumented); `failing` a 500; `denied` a 403.
 */
let sessions = new Set<string>();
const sticky = new Set(["sticky"]);
let raced = new Set<string>();
/** The signature each batch delete carried, recomputed over the raw request (method, path, headers, body). */
const signatures: { sent: string | undefined; expected: string | undefined; payloadHash: string | undefined }[] = [];
const server = await startRecordingServer((request, res) => {
  if (request.rawUrl === BASE && request.method === "GET") {
    const session_list = [...sessions].map((session_id) => ({
      creation_time: 1753858567,
      session_id,
      session_not_valid_after: 1753887367,
      user_id: "u1",
    }));
    return replyJson(res, 200, { session_list });
  }
  if (request.rawUrl === `${BASE}/batch-delete` && request.method === "POST") {
    void resign(request).then(({ expected, payloadHash }) => {
      signatures.push({ sent: request.headers.authorization, expected, payloadHash });
      const ids = (JSON.parse(request.body) as { session_ids: string[] }).session_ids;
      if (ids.includes("denied")) {
        return replyJson(res, 403, error("IIC.1000", "No permission for action BatchDeleteSessions."));
      }
      if (ids.includes("failing")) return replyJson(res, 500, error("IIC.1209", "Internal error."));
      if (ids.some((id) => raced.has(id))) {
        for (const id of raced) sessions.delete(id);
        raced = new Set();
        return replyJson(res, 400, error("IIC.400", "Bad Request: session_ids is invalid."));
      }
      if (ids.includes("rejected"))
        return replyJson(res, 400, error("IIC.400", "Bad Request: session_ids is invalid."));
      for (const id of ids) if (!sticky.has(id)) sessions.delete(id);
      res.writeHead(200, { "x-request-id": "rq-2" });
      res.end();
    });
    return;
  }
  replyJson(res, 404, error("IIC.404", "Not Found: route."));
});
afterAll(() => server.close());

/** Signs the request as received again, with only the headers it says it signed; and its canonical payload hash. */
async function resign(request: RecordedRequest) {
  const signed = /SignedHeaders=([^,]+)/.exec(String(request.headers.authorization))?.[1]?.split(";") ?? [];
  const headers = new Headers();
  for (const name of signed) if (name !== "host") headers.set(name, String(request.headers[name]));
  const copy = () =>
    new Request(`${server.origin}${request.rawUrl}`, { method: request.method, headers, body: request.body });
  const { text } = await canonicalRequest(copy(), headers);
  return {
    expected: (await signRequest(copy(), CREDS)).headers.get("authorization") ?? undefined,
    payloadHash: text.split("\n").at(-1),
  };
}

const client = createHuaweiIdentityCenterClient({ baseUrl: server.origin, ...CREDS, maxRetries: 0 });
beforeEach(() => {
  sessions = new Set(["s1", "s2", "s3"]);
  raced = new Set();
  signatures.length = 0;
  server.requests.length = 0;
});
const sent = () => server.requests.map((r) => `${r.method} ${r.rawUrl.replace(BASE, "…")}`);
const bodies = () => server.requests.filter((r) => r.method === "POST").map((r) => JSON.parse(r.body) as unknown);
const many = (n: number) => Array.from({ length: n }, (_, i) => `s${String(i).padStart(3, "0")}`);

describe("revokeSession", () => {
  it("lists, then batch-deletes the one id with a signed JSON body; a second time it is not listed: alreadyGone", async () => {
    expect(await revokeSession(client, { ...USER, sessionId: "s1" })).toEqual({ sessionId: "s1", outcome: "revoked" });
    expect(await revokeSession(client, { ...USER, sessionId: "s1" })).toEqual({
      sessionId: "s1",
      outcome: "alreadyGone",
    });
    expect(sent()).toEqual(["GET …", "POST …/batch-delete", "GET …"]);
    const post = server.requests[1];
    expect(post?.body).toBe('{"session_ids":["s1"]}');
    expect(post?.headers["content-type"]).toBe("application/json");
    expect(post?.headers.authorization).toMatch(/SignedHeaders=content-type;host;x-sdk-date,/);
    // The signature covers the body: recomputed over the bytes received, it is the one sent.
    expect(signatures).toHaveLength(1);
    expect(signatures[0]?.sent).toBe(signatures[0]?.expected);
    expect(signatures[0]?.payloadHash).toBe(createHash("sha256").update('{"session_ids":["s1"]}').digest("hex"));
  });

  it("settles a 400 by listing again: gone meanwhile is alreadyGone, still listed is the BadRequestError", async () => {
    sessions.add("gone-meanwhile");
    raced = new Set(["gone-meanwhile"]);
    expect(await revokeSession(client, { ...USER, sessionId: "gone-meanwhile" })).toMatchObject({
      outcome: "alreadyGone",
    });
    expect(sent()).toEqual(["GET …", "POST …/batch-delete", "GET …"]);
    sessions.add("rejected");
    const refused = await revokeSession(client, { ...USER, sessionId: "rejected" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BadRequestError);
    expect(refused).toMatchObject({ operation: "batchDeleteSessions", code: "IIC.400" });
  });

  it("names batchDeleteSessions in a 403 and does not list again", async () => {
    sessions.add("denied");
    const denied = await revokeSession(client, { ...USER, sessionId: "denied" }).catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(PermissionDeniedError);
    expect(denied).toMatchObject({ provider: "huawei-identitycenter", operation: "batchDeleteSessions" });
    expect(sent()).toEqual(["GET …", "POST …/batch-delete"]);
  });

  it("checks the path and the body against the spec before anything is sent", async () => {
    await expect(revokeSession(client, { ...USER, sessionId: "" })).rejects.toBeInstanceOf(RequestBodyError);
    await expect(revokeSession(client, { ...USER, identityStoreId: "", sessionId: "s1" })).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    expect(sent()).toEqual([]);
  });
});

describe("revokeUserSessions", () => {
  it("lists, sends every id in one signed batch delete, then lists again", async () => {
    const report = await revokeUserSessions(client, USER);
    expect(report).toEqual({
      provider: "huawei-identitycenter",
      dryRun: false,
      method: "delete",
      found: ["s1", "s2", "s3"],
      revoked: ["s1", "s2", "s3"],
      alreadyGone: [],
      failed: [],
      verification: { stillActive: [], attempts: 1 },
      complete: true,
    });
    expect(sent()).toEqual(["GET …", "POST …/batch-delete", "GET …"]);
    expect(bodies()).toEqual([{ session_ids: ["s1", "s2", "s3"] }]);
    expect(signatures.every((s) => s.sent === s.expected)).toBe(true);
  });

  it("sends at most 100 ids per request, one request after another", async () => {
    sessions = new Set(many(250));
    const report = await revokeUserSessions(client, USER);
    expect(report.revoked).toHaveLength(250);
    expect(report.complete).toBe(true);
    expect(bodies().map((b) => (b as { session_ids: string[] }).session_ids.length)).toEqual([100, 100, 50]);
    expect(signatures).toHaveLength(3);
    expect(signatures.every((s) => s.sent === s.expected)).toBe(true);
  });

  it("a failing chunk is reported in `failed` with its typed error while the other chunks are revoked", async () => {
    sessions = new Set(["failing", ...many(150)]);
    const report = await revokeUserSessions(client, USER, { verify: false });
    expect(report.failed).toHaveLength(100);
    expect(report.failed[0]?.error).toBeInstanceOf(InternalServerError);
    expect(report.failed[0]?.error).toMatchObject({ operation: "batchDeleteSessions", code: "IIC.1209" });
    expect(report.revoked).toEqual(many(150).slice(99));
    expect(report.complete).toBe(false);
  });

  it("settles a 400 by listing again: ids gone meanwhile are alreadyGone, the listed ones fail with the 400", async () => {
    raced = new Set(["s2"]);
    const report = await revokeUserSessions(client, USER, { verify: false });
    expect(report.alreadyGone).toEqual(["s2"]);
    expect(report.failed.map((f) => f.sessionId)).toEqual(["s1", "s3"]);
    expect(report.failed.every((f) => f.error instanceof BadRequestError)).toBe(true);
    expect(sent()).toEqual(["GET …", "POST …/batch-delete", "GET …"]);
  });

  it("stops at a 403: the chunks not yet sent fail with it", async () => {
    sessions = new Set(["denied", ...many(150)]);
    const report = await revokeUserSessions(client, USER, { verify: false });
    expect(report.failed).toHaveLength(151);
    expect(report.failed.every((f) => f.error instanceof PermissionDeniedError)).toBe(true);
    expect(sent()).toEqual(["GET …", "POST …/batch-delete"]);
  });

  it("a dry run sends only the listing", async () => {
    const report = await revokeUserSessions(client, USER, { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, found: ["s1", "s2", "s3"], revoked: [], verification: null });
    expect(sent()).toEqual(["GET …"]);
  });

  it("the verification lists once and names a survivor", async () => {
    sessions.add("sticky");
    const report = await revokeUserSessions(client, USER);
    expect(report).toMatchObject({ complete: false, verification: { stillActive: ["sticky"], attempts: 1 } });
    expect(sent()).toEqual(["GET …", "POST …/batch-delete", "GET …"]);
  });
});
