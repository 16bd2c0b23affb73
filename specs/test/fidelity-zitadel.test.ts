import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { at, compileAt, createSpecAjv, loadSpec, violations } from "./spec-validator.ts";

/**
 * ZITADEL's spec against ZITADEL's own definitions: the protoc-gen-validate rules of the session v2 and
 * object v2 protos of v4.13.0 (as compiled into zitadel/zitadel-go 7b29906), the REST gateway's error bodies
 * (zitadel/zitadel `gerrors/zitadel_errors.go`, the interceptor chain, grpc-gateway's router), the
 * `x-request-id` header of its HTTP middleware, and GetSession/DeleteSession as the server answers them
 * (`internal/command/session.go`, `internal/query/session.go`).
 */
type Json = Record<string, unknown>;
interface Status {
  code: number;
  message: string;
  details?: { "@type": string; id?: string; message?: string }[];
}
interface Fixture {
  status: number;
  headers: Record<string, string>;
  body: Status;
}

const doc = loadSpec("zitadel");
const spec = createSpecAjv("zitadel", doc);
const op = "#/paths/~1v2~1sessions~1search/post";
const sessionPath = "#/paths/~1v2~1sessions~1{session_id}";
/** Every operation's pointer: the listing, GetSession, DeleteSession. */
const OPS = [op, `${sessionPath}/get`, `${sessionPath}/delete`] as const;
const request = compileAt(spec, "#/components/schemas/ListSessionsRequest");
const status = compileAt(spec, "#/components/schemas/Status");

const search = (...queries: unknown[]) => ({ query: { offset: "0", limit: 100, asc: true }, queries });
function pointers(value: unknown): string[] {
  expect(request(value)).toBe(false);
  return violations(request.errors).map((v) => v.pointer);
}

describe("zitadel: the request bounds of the protos", () => {
  // Every rule the v4.13.0 protos state for ListSessionsRequest (nothing else has one).
  const MAX_LEN_200 = [
    ["creatorQuery", "id"],
    ["userAgentQuery", "fingerprintId"],
  ] as const;

  it.each(MAX_LEN_200)("%s.%s: 200 characters, counted in code points, are valid", (kind, field) => {
    expect(request(search({ [kind]: { [field]: "😀".repeat(200) } })), JSON.stringify(request.errors)).toBe(true);
    expect(request(search({ [kind]: { [field]: "" } }))).toBe(true);
  });

  it.each(MAX_LEN_200)("%s.%s: 201 characters fail at the field", (kind, field) => {
    expect(pointers(search({ userIdQuery: { id: "1" } }, { [kind]: { [field]: "x".repeat(201) } }))).toContain(
      `/queries/1/${kind}/${field}`,
    );
  });

  it("a search query sets exactly one kind (oneof query, validate.required)", () => {
    expect(pointers(search({}))).toContain("/queries/0");
    expect(pointers(search({ userIdQuery: { id: "1" }, creatorQuery: {} }))).toContain("/queries/0");
    expect(pointers(search("userIdQuery"))).toContain("/queries/0");
  });

  it.each(["creationDateQuery", "expirationDateQuery"])("%s.method is a defined value (defined_only)", (kind) => {
    expect(request(search({ [kind]: { method: "TIMESTAMP_QUERY_METHOD_LESS" } }))).toBe(true);
    expect(pointers(search({ [kind]: { method: "TIMESTAMP_QUERY_METHOD_BETWEEN" } }))).toContain(
      `/queries/0/${kind}/method`,
    );
  });

  it("query.limit is a uint32 and query.offset a uint64; nothing else is bounded", () => {
    expect(request({ query: { offset: "18446744073709551615", limit: 4294967295 } })).toBe(true);
    expect(pointers({ query: { limit: 4294967296 } })).toEqual(["/query/limit"]);
    expect(pointers({ query: { limit: -1 } })).toEqual(["/query/limit"]);
    expect(pointers({ query: { offset: "-1" } })).toContain("/query/offset");
    const many = Array.from({ length: 1000 }, (_, i) => ({ idsQuery: { ids: [String(i), "x".repeat(500)] } }));
    expect(request(search(...many, { userIdQuery: { id: "y".repeat(1000) } }))).toBe(true);
  });

  it("the schemas carry exactly the protos' string bounds", () => {
    const schemas = at(doc, "#/components/schemas") as Record<string, { properties?: Record<string, Json> }>;
    const bounded = Object.entries(schemas).flatMap(([name, s]) =>
      Object.entries(s.properties ?? {})
        .filter(([, p]) => p.maxLength !== undefined || p.minLength !== undefined)
        .map(([prop, p]) => `${name}.${prop} ${p.minLength ?? 0}..${p.maxLength}`),
    );
    expect(bounded.sort()).toEqual(["CreatorQuery.id 0..200", "UserAgentQuery.fingerprintId 0..200"]);
  });
});

describe("zitadel: error bodies as the REST gateway writes them", () => {
  // grpc-gateway's HTTPStatusFromCode for the codes the spec documents.
  const HTTP: Record<number, number> = { 3: 400, 5: 404, 7: 403, 8: 429, 13: 500, 2: 500, 16: 401 };
  const errorExamples = (operation: string) => {
    const responses = at(doc, `${operation}/responses`) as Record<string, { $ref?: string }>;
    return Object.entries(responses)
      .filter(([code]) => code !== "200")
      .flatMap(([code, r]) => {
        const target = (r.$ref ?? "").replace(/^#/, "#");
        const named = at(doc, `${target}/content/application~1json/examples`) as Record<string, { value: Status }>;
        return Object.entries(named).map(([name, e]) => [`${code} ${name}`, Number(code), e.value] as const);
      });
  };
  const examples = errorExamples(op);
  // The shared components appear once per operation that uses them: keep one case per example.
  const everyExample = [
    ...new Map(OPS.flatMap(errorExamples).map((e) => [`${e[0]} ${e[2].message}`, e] as const)).values(),
  ];
  const fixtureDir = new URL("../fixtures/zitadel/", import.meta.url);
  const fixtures = readdirSync(fixtureDir)
    .filter((f) => f.startsWith("error-"))
    .map((f) => {
      const fixture = JSON.parse(readFileSync(new URL(f, fixtureDir), "utf8")) as Fixture;
      return [f, fixture.status, fixture.body] as const;
    });

  it.each([...everyExample, ...fixtures])("%s: the gRPC code matches the HTTP status", (_name, http, body) => {
    expect(status(body)).toBe(true);
    expect(HTTP[body.code]).toBe(http);
  });

  it.each([...everyExample, ...fixtures])(
    "%s: a ZITADEL error is `key (id)` with one ErrorDetail {id, message: key}; any other has no details",
    (_name, _http, body) => {
      if (body.details === undefined) {
        expect(body.message).not.toMatch(/\([A-Z]+-\w+\)$/);
        return;
      }
      expect(body.details).toHaveLength(1);
      const [detail] = body.details;
      expect(detail?.["@type"]).toBe("type.googleapis.com/zitadel.v1.ErrorDetail");
      // proto3 JSON omits an empty id (ZITADEL's "db connection error" has none).
      expect(body.message).toBe(`${detail?.message} (${detail?.id ?? ""})`);
    },
  );

  it("the 400 examples are protoc-gen-validate's messages for ListSessionsRequest", () => {
    const bad = examples.filter(([, http]) => http === 400).map(([, , body]) => body.message);
    for (const message of bad) {
      expect(message).toMatch(/^invalid ListSessionsRequest\.Queries\[\d+\]: embedded message failed validation \| /);
    }
    expect(bad).toContain(
      "invalid ListSessionsRequest.Queries[0]: embedded message failed validation | caused by: invalid SearchQuery.CreatorQuery: embedded message failed validation | caused by: invalid CreatorQuery.Id: value length must be at most 200 runes",
    );
  });

  it("GetSession's and DeleteSession's validation errors are protoc-gen-validate's messages for their requests", () => {
    const validation = [`${sessionPath}/get`, `${sessionPath}/delete`]
      .flatMap(errorExamples)
      .filter(([, http, body]) => http === 400 && body.details === undefined)
      .map(([, , body]) => body.message);
    expect(validation.length).toBeGreaterThan(0);
    for (const message of validation) {
      expect(message).toMatch(
        /^invalid (GetSessionRequest\.(SessionId|SessionToken)|DeleteSessionRequest\.SessionId): value length must be between 1 and 200 runes, inclusive$/,
      );
    }
  });

  it("only GetSession's 404 says that the session does not exist (QUERY-SFeaa); DeleteSession's never does", () => {
    const ids = (operation: string) =>
      errorExamples(operation)
        .filter(([, http]) => http === 404)
        .map(([, , body]) => body.details?.[0]?.id ?? "none");
    expect(ids(`${sessionPath}/get`)).toEqual(["QUERY-SFeaa", "AUTHZ-cdgFk", "none"]);
    expect(ids(`${sessionPath}/delete`)).toEqual(["AUTHZ-cdgFk", "none"]);
  });

  it("the session operations' permission error is the handler's (AUTH-AWfge), the listing's the method's (AUTH-5mWD2)", () => {
    const forbidden = (operation: string) =>
      errorExamples(operation)
        .filter(([, http]) => http === 403)
        .map(([, , body]) => body.details?.[0]?.id);
    expect(forbidden(op)).toEqual(["AUTH-5mWD2"]);
    expect(forbidden(`${sessionPath}/get`)).toContain("AUTH-AWfge");
    expect(forbidden(`${sessionPath}/delete`)).toEqual(["AUTH-AWfge", "COMMAND-sGr42"]);
  });

  it("a status with a string code (the Connect protocol's) is not this endpoint's body", () => {
    expect(status({ code: "invalid_argument", message: "x" })).toBe(false);
  });
});

describe("zitadel: x-request-id", () => {
  const header = at(doc, "#/components/headers/XRequestId") as Json;

  it.each(OPS)("is declared, optional and a string, on every response of %s", (operation) => {
    expect(header).toMatchObject({ required: false, schema: { type: "string" } });
    const responses = at(doc, `${operation}/responses`) as Record<string, Json>;
    for (const [code, response] of Object.entries(responses)) {
      const target = typeof response.$ref === "string" ? (at(doc, response.$ref) as Json) : response;
      expect((target.headers as Json | undefined)?.["x-request-id"], code).toEqual({
        $ref: "#/components/headers/XRequestId",
      });
    }
  });

  it("its example is an xid (20 characters of 0-9a-v)", () => {
    expect(header.example).toMatch(/^[0-9a-v]{20}$/);
  });
});

describe("zitadel: GetSession and DeleteSession (v4.13.0 protos, the server's answers)", () => {
  const getSession = compileAt(spec, `${sessionPath}/get/responses/200/content/application~1json/schema`);
  const deleteSession = compileAt(spec, `${sessionPath}/delete/responses/200/content/application~1json/schema`);
  const deleteRequest = compileAt(spec, `${sessionPath}/delete/requestBody/content/application~1json/schema`);
  const sessionId = compileAt(spec, "#/components/parameters/SessionId/schema");
  const sessionToken = compileAt(spec, `${sessionPath}/get/parameters/1/schema`);
  const example = (pointer: string) => structuredClone(at(doc, `${pointer}/value`)) as Json;
  const session = example(`${sessionPath}/get/responses/200/content/application~1json/examples/session`);
  const terminated = example(`${sessionPath}/delete/responses/200/content/application~1json/examples/terminated`);

  function failsAt(validate: ReturnType<typeof compileAt>, value: unknown): string[] {
    expect(validate(value)).toBe(false);
    return violations(validate.errors).map((v) => v.pointer);
  }
  const withSession = (patch: Json) => ({ session: { ...(session.session as Json), ...patch } });

  it("GetSession: the session, an empty body (zero values omitted) and members added later are valid", () => {
    expect(getSession(session), JSON.stringify(getSession.errors)).toBe(true);
    expect(getSession({})).toBe(true);
    expect(getSession({ session: {} })).toBe(true);
    expect(getSession({ ...withSession({ addedLater: 1 }), addedLater: true })).toBe(true);
    // uint64 as a number (the documentation's form) is accepted, as in the listing.
    expect(getSession(withSession({ sequence: 5120 }))).toBe(true);
  });

  it.each([
    ["the body is an array", [session.session], ""],
    ["session is an array", { session: [session.session] }, "/session"],
    ["sequence is negative", withSession({ sequence: "-1" }), "/session/sequence"],
    ["expirationDate is not RFC 3339", withSession({ expirationDate: "tomorrow" }), "/session/expirationDate"],
    ["a metadata value is a number", withSession({ metadata: { deviceName: 7 } }), "/session/metadata/deviceName"],
    ["the user factor's id is a number", withSession({ factors: { user: { id: 42 } } }), "/session/factors/user/id"],
  ])("GetSession: refuses a body where %s", (_name, value, pointer) => {
    expect(failsAt(getSession, value)).toContain(pointer);
  });

  it("DeleteSession: terminated, never existed (`details: {}`) and an empty body are valid", () => {
    expect(deleteSession(terminated), JSON.stringify(deleteSession.errors)).toBe(true);
    expect(deleteSession({ details: {} })).toBe(true);
    expect(deleteSession({})).toBe(true);
    expect(deleteSession({ details: { sequence: 5121, creationDate: "2023-01-15T01:30:15.01Z" } })).toBe(true);
  });

  it.each([
    ["the body is an array", [terminated], ""],
    ["details is a string", { details: "ok" }, "/details"],
    ["sequence is a fraction", { details: { sequence: 1.5 } }, "/details/sequence"],
    // The documentation page's example: `"changeDate": "1s"`.
    ['changeDate is the documentation\'s "1s"', { details: { changeDate: "1s" } }, "/details/changeDate"],
    ["resourceOwner is a number", { details: { resourceOwner: 42 } }, "/details/resourceOwner"],
  ])("DeleteSession: refuses a body where %s", (_name, value, pointer) => {
    expect(failsAt(deleteSession, value)).toContain(pointer);
  });

  it("DeleteSession's body is optional and its sessionToken has no length rule; unknown members are dropped", () => {
    const operation = at(doc, `${sessionPath}/delete`) as { requestBody: { required: boolean } };
    expect(operation.requestBody.required).toBe(false);
    expect(deleteRequest({})).toBe(true);
    expect(deleteRequest({ sessionToken: "x".repeat(2000) })).toBe(true);
    expect(deleteRequest({ sessionToken: "", sessionId: "ignored: the path's id wins" })).toBe(true);
    expect(failsAt(deleteRequest, { sessionToken: 7 })).toEqual(["/sessionToken"]);
    expect(failsAt(deleteRequest, ["token"])).toEqual([""]);
  });

  it.each([
    ["session_id", sessionId],
    ["GetSession's sessionToken", sessionToken],
  ])("%s: 1 to 200 characters, counted in code points (min_len: 1, max_len: 200)", (_name, validate) => {
    expect(validate("😀".repeat(200))).toBe(true);
    expect(validate("1")).toBe(true);
    expect(validate("x".repeat(201))).toBe(false);
    expect(validate("")).toBe(false);
  });

  it("the operations say what they are for callers, and which may be retried", () => {
    const ext = (pointer: string) => at(doc, `${pointer}/x-idp-sessions`) as Json;
    expect(ext(op)).toMatchObject({ role: "list" });
    expect(ext(`${sessionPath}/get`)).toMatchObject({
      role: "get",
      session: "$response.body#/session",
      id: "/id",
      retry: { safe: true },
      pagination: { style: "none" },
    });
    expect(ext(`${sessionPath}/delete`)).toMatchObject({
      role: "revoke",
      retry: { safe: true },
      pagination: { style: "none" },
    });
    expect(at(doc, "#/components/parameters/SessionId/x-idp-sessions")).toEqual({ option: "sessionId" });
    // No revoke-all call exists: a search, then one DeleteSession per session.
    const roles = OPS.map((pointer) => ext(pointer).role);
    expect(roles).not.toContain("revokeAll");
  });
});
