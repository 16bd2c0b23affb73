import { readFileSync } from "node:fs";
import { createZitadelClient, listSessions, RequestBodyError } from "@idp-sessions/zitadel";
import { afterAll, describe, expect, it } from "vitest";
import { type RevokeFaults, startMockServers } from "../src/index.js";
import { ownServer } from "./own-server.js";
import { specResponse } from "./spec-response.js";

/**
 * The ZITADEL mock answers as ZITADEL's REST gateway does (see specs/zitadel.yaml, Differences 5, 7 and 8):
 * protoc-gen-validate's 400 without details for a broken proto rule, the gateway's own errors before
 * authentication, ZITADEL errors `key (id)` with one ErrorDetail, and an `x-request-id` on every answer.
 */
const mock = await startMockServers({ providers: ["zitadel"], seed: 5, usersPerProvider: 1, sessionsPerUser: 3 });
afterAll(() => mock.close());
const { baseUrl, credentials, users } = mock.providers.zitadel;
const userId = users[0]?.userId ?? "";
const fixture = (name: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../../specs/fixtures/zitadel/${name}`, import.meta.url), "utf8")) as {
      body: unknown;
    }
  ).body;

async function post(body: unknown, { token = credentials.token, path = "/v2/sessions/search", method = "POST" } = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(method === "POST" ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}),
  });
  expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-v]{20}$/);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
const search = (...queries: unknown[]) => ({ query: { offset: "0", limit: 10 }, queries });

describe("zitadel mock: the protos' protoc-gen-validate rules", () => {
  it("refuses creatorQuery.id over 200 runes with the validator's message and no details (the spec's fixture)", async () => {
    expect(await post(search({ creatorQuery: { id: "9".repeat(201) } }))).toEqual({
      status: 400,
      body: fixture("error-400.json"),
    });
  });

  it("refuses userAgentQuery.fingerprintId over 200 runes, nested in the query's index", async () => {
    const { status, body } = await post(
      search({ userIdQuery: { id: userId } }, { userAgentQuery: { fingerprintId: "f".repeat(201) } }),
    );
    expect(status).toBe(400);
    expect(body).toEqual({
      code: 3,
      message:
        "invalid ListSessionsRequest.Queries[1]: embedded message failed validation | caused by: invalid SearchQuery.UserAgentQuery: embedded message failed validation | caused by: invalid UserAgentQuery.FingerprintId: value length must be at most 200 runes",
    });
  });

  it("takes 200 runes (counted as code points, not UTF-16 units)", async () => {
    const ok = await post(search({ userIdQuery: { id: userId } }, { creatorQuery: { id: "😀".repeat(200) } }));
    expect(ok.status).toBe(200);
  });

  it("refuses a query of no kind (validate.required on the oneof), as the spec's fixture shows", async () => {
    expect(await post(search({ userIdQuery: { id: userId } }, {}))).toEqual({
      status: 400,
      body: fixture("error-400-no-query-kind.json"),
    });
  });

  it("refuses an undefined method number (defined_only); names it does not know fail in the gateway", async () => {
    const numeric = await post(search({ creationDateQuery: { method: 9 } }));
    expect(numeric.body.message).toBe(
      "invalid ListSessionsRequest.Queries[0]: embedded message failed validation | caused by: invalid SearchQuery.CreationDateQuery: embedded message failed validation | caused by: invalid CreationDateQuery.Method: value must be one of the defined enum values",
    );
    const named = await post(search({ expirationDateQuery: { method: "TIMESTAMP_QUERY_METHOD_BETWEEN" } }));
    expect(named).toMatchObject({ status: 400, body: { code: 3 } });
    expect(named.body.details).toBeUndefined();
  });

  it("refuses two kinds in one query (a oneof set twice) and ignores unknown members, as protojson does", async () => {
    const two = await post(search({ userIdQuery: { id: userId }, creatorQuery: {} }));
    expect(two).toMatchObject({ status: 400, body: { code: 3 } });
    expect(two.body.details).toBeUndefined();
    expect((await post(search({ userIdQuery: { id: userId }, unknownMember: 1 }))).status).toBe(200);
  });

  it("refuses a limit over the instance's maximum as a ZITADEL error (QUERY-4M0fs)", async () => {
    expect(await post({ query: { limit: 1001 }, queries: [{ userIdQuery: { id: userId } }] })).toEqual({
      status: 400,
      body: {
        code: 3,
        message: "Errors.Query.LimitExceeded (QUERY-4M0fs)",
        details: [
          {
            "@type": "type.googleapis.com/zitadel.v1.ErrorDetail",
            id: "QUERY-4M0fs",
            message: "Errors.Query.LimitExceeded",
          },
        ],
      },
    });
  });
});

describe("zitadel mock: the order of the checks", () => {
  it("authenticates before it validates: a bad token and a bad query are a 401 (the spec's fixture)", async () => {
    expect(await post(search({}), { token: "wrong" })).toEqual({ status: 401, body: fixture("error-401.json") });
  });

  it("the gateway decodes the body before the server authenticates: bad JSON is a 400 even without a token", async () => {
    const { status, body } = await post("{not json", { token: "wrong" });
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 3 });
    expect(body.details).toBeUndefined();
  });

  it("routes first: an unknown path is the gateway's 404, another method its 405", async () => {
    // No operation has this path (GET and DELETE /v2/sessions/{session_id} take any one segment).
    expect(await post({}, { path: "/v2/sessions/find/all" })).toEqual({ status: 404, body: fixture("error-404.json") });
    expect(await post({}, { method: "PUT" })).toEqual({
      status: 405,
      body: { code: 12, message: "Method Not Allowed" },
    });
  });
});

describe("zitadel mock and client agree on the bounds", () => {
  it("the client refuses, without a request, what the mock would refuse; it sends what the mock takes", async () => {
    const client = createZitadelClient({ baseUrl, token: credentials.token, maxRetries: 0 });
    const before = mock.providers.zitadel.requestCount;
    expect(() => listSessions(client, { userId, queries: [{ creatorQuery: { id: "9".repeat(201) } }] })).toThrow(
      RequestBodyError,
    );
    expect(mock.providers.zitadel.requestCount).toBe(before);
    const sessions = await listSessions(client, {
      userId,
      queries: [{ creatorQuery: { id: "9".repeat(200) } }],
    }).collect();
    expect(sessions).toHaveLength(3);
  });

  it("the client reads the mock's x-request-id into its errors", async () => {
    const client = createZitadelClient({ baseUrl, token: "wrong", maxRetries: 0 });
    const error = await listSessions(client, { userId })
      .collect()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 401,
      code: "AUTH-7fs1e",
      requestId: expect.stringMatching(/^[0-9a-v]{20}$/),
    });
  });
});

async function instance(revokeFaults: RevokeFaults = {}) {
  const server = await ownServer("zitadel", revokeFaults);
  const user = server.users[0]?.userId ?? "";
  const call = (method: string, path: string, token = server.credentials.token ?? "", body?: string) =>
    fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body }),
    });
  const listed = async () => {
    const response = await call(
      "POST",
      "/v2/sessions/search",
      undefined,
      JSON.stringify(search({ userIdQuery: { id: user } })),
    );
    const body = (await specResponse("zitadel", "listSessions", response)) as { sessions?: { id: string }[] };
    return (body.sessions ?? []).map((s) => s.id);
  };
  return { server, call, listed, ids: await listed() };
}
const NOT_EXISTING = {
  code: 5,
  message: "Session does not exist (QUERY-SFeaa)",
  details: [
    { "@type": "type.googleapis.com/zitadel.v1.ErrorDetail", id: "QUERY-SFeaa", message: "Session does not exist" },
  ],
};

describe("zitadel mock: GetSession and DeleteSession (issue 16)", () => {
  it("GetSession finds a listed session; DeleteSession terminates it: 200 with details, then GET 404 QUERY-SFeaa", async () => {
    const { call, listed, ids } = await instance();
    const [id = "", ...rest] = ids;
    const found = (await specResponse("zitadel", "getSession", await call("GET", `/v2/sessions/${id}`))) as {
      session: { id: string };
    };
    expect(found.session.id).toBe(id);
    const deleted = (await specResponse(
      "zitadel",
      "deleteSession",
      await call("DELETE", `/v2/sessions/${id}`, undefined, "{}"),
    )) as {
      details: Record<string, string>;
    };
    expect(deleted.details).toEqual({
      sequence: expect.stringMatching(/^\d+$/),
      changeDate: expect.any(String),
      resourceOwner: expect.any(String),
    });
    expect(await specResponse("zitadel", "getSession", await call("GET", `/v2/sessions/${id}`))).toEqual(NOT_EXISTING);
    expect(await listed()).toEqual(rest);
    const again = await call("DELETE", `/v2/sessions/${id}`);
    expect(await specResponse("zitadel", "deleteSession", again)).toEqual(deleted);
  });

  it("DeleteSession of an id that never existed is 200 {details: {}}; its GET a 404", async () => {
    const { call } = await instance();
    expect(await specResponse("zitadel", "deleteSession", await call("DELETE", "/v2/sessions/1"))).toEqual({
      details: {},
    });
    expect(await specResponse("zitadel", "getSession", await call("GET", "/v2/sessions/1"))).toEqual(NOT_EXISTING);
  });

  it("the read-only token reads and searches but gets the handler's 403 AUTH-AWfge on DeleteSession", async () => {
    const { server, call, listed, ids } = await instance();
    const readOnly = server.readOnlyCredentials?.token ?? "";
    expect((await call("GET", `/v2/sessions/${ids[0]}`, readOnly)).status).toBe(200);
    const refused = await call("DELETE", `/v2/sessions/${ids[0]}`, readOnly);
    expect(await specResponse("zitadel", "deleteSession", refused)).toEqual({
      code: 7,
      message: "No matching permissions found (AUTH-AWfge)",
      details: [
        {
          "@type": "type.googleapis.com/zitadel.v1.ErrorDetail",
          id: "AUTH-AWfge",
          message: "No matching permissions found",
        },
      ],
    });
    expect(await listed()).toEqual(ids);
  });

  it("400 for an id over 200 runes, an empty sessionToken and a body that is not JSON; 401 for a wrong token", async () => {
    const { call, ids } = await instance();
    const long = "9".repeat(201);
    expect(await specResponse("zitadel", "getSession", await call("GET", `/v2/sessions/${long}`))).toEqual({
      code: 3,
      message: "invalid GetSessionRequest.SessionId: value length must be between 1 and 200 runes, inclusive",
    });
    expect(await specResponse("zitadel", "deleteSession", await call("DELETE", `/v2/sessions/${long}`))).toMatchObject({
      message: "invalid DeleteSessionRequest.SessionId: value length must be between 1 and 200 runes, inclusive",
    });
    const emptyToken = await call("GET", `/v2/sessions/${ids[0]}?sessionToken=`);
    expect(await specResponse("zitadel", "getSession", emptyToken)).toMatchObject({ code: 3 });
    expect(
      await specResponse("zitadel", "deleteSession", await call("DELETE", `/v2/sessions/${ids[0]}`, "wrong", "{x")),
    ).toMatchObject({ code: 3 });
    expect(
      await specResponse("zitadel", "deleteSession", await call("DELETE", `/v2/sessions/${ids[0]}`, "wrong")),
    ).toMatchObject({ code: 16 });
  });
});

describe("zitadel mock: revoke faults", () => {
  it("a failing session answers its status every time and stays; a survivor is answered 200 and stays", async () => {
    const { server, call, listed, ids } = await instance();
    server.setRevokeFaults({ failing: { [ids[0] ?? ""]: 500 }, survivors: [ids[1] ?? ""] });
    for (let attempt = 0; attempt < 2; attempt++) {
      const failed = await call("DELETE", `/v2/sessions/${ids[0]}`);
      expect(await specResponse("zitadel", "deleteSession", failed)).toMatchObject({ code: 13 });
    }
    expect((await call("DELETE", `/v2/sessions/${ids[1]}`)).status).toBe(200);
    expect((await call("GET", `/v2/sessions/${ids[1]}`)).status).toBe(200);
    expect(await listed()).toEqual(ids);
  });

  it("listedForMs: the search still lists a terminated session for a while; GetSession is a 404 at once", async () => {
    const { call, listed, ids } = await instance({ listedForMs: 300 });
    expect((await call("DELETE", `/v2/sessions/${ids[0]}`)).status).toBe(200);
    expect((await call("GET", `/v2/sessions/${ids[0]}`)).status).toBe(404);
    expect(await listed()).toEqual(ids);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await listed()).toEqual(ids.slice(1));
  });

  it("the x-mock-fault header works on the new routes", async () => {
    const { server, listed, ids } = await instance();
    const response = await fetch(`${server.baseUrl}/v2/sessions/${ids[0]}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${server.credentials.token}`, "x-mock-fault": "503" },
    });
    expect(response.status).toBe(503);
    expect(await listed()).toEqual(ids);
  });
});
