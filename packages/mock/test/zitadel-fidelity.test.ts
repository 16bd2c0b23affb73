import { readFileSync } from "node:fs";
import { createZitadelClient, listSessions, RequestBodyError } from "@idp-sessions/zitadel";
import { afterAll, describe, expect, it } from "vitest";
import { startMockServers } from "../src/index.js";

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
