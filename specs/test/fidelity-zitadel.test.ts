import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { at, compileAt, createSpecAjv, loadSpec, violations } from "./spec-validator.ts";

/**
 * ZITADEL's spec against ZITADEL's own definitions: the protoc-gen-validate rules of the session v2 and
 * object v2 protos of v4.13.0 (as compiled into zitadel/zitadel-go 7b29906), the REST gateway's error bodies
 * (zitadel/zitadel `gerrors/zitadel_errors.go`, the interceptor chain, grpc-gateway's router) and the
 * `x-request-id` header of its HTTP middleware.
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
  const responses = at(doc, `${op}/responses`) as Record<string, { $ref?: string }>;
  const examples = Object.entries(responses)
    .filter(([code]) => code !== "200")
    .flatMap(([code, r]) => {
      const target = (r.$ref ?? "").replace(/^#/, "#");
      const named = at(doc, `${target}/content/application~1json/examples`) as Record<string, { value: Status }>;
      return Object.entries(named).map(([name, e]) => [`${code} ${name}`, Number(code), e.value] as const);
    });
  const fixtureDir = new URL("../fixtures/zitadel/", import.meta.url);
  const fixtures = readdirSync(fixtureDir)
    .filter((f) => f.startsWith("error-"))
    .map((f) => {
      const fixture = JSON.parse(readFileSync(new URL(f, fixtureDir), "utf8")) as Fixture;
      return [f, fixture.status, fixture.body] as const;
    });

  it.each([...examples, ...fixtures])("%s: the gRPC code matches the HTTP status", (_name, http, body) => {
    expect(status(body)).toBe(true);
    expect(HTTP[body.code]).toBe(http);
  });

  it.each([...examples, ...fixtures])(
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

  it("a status with a string code (the Connect protocol's) is not this endpoint's body", () => {
    expect(status({ code: "invalid_argument", message: "x" })).toBe(false);
  });
});

describe("zitadel: x-request-id", () => {
  const header = at(doc, "#/components/headers/XRequestId") as Json;
  const responses = at(doc, `${op}/responses`) as Record<string, Json>;

  it("is declared, optional and a string, on every response", () => {
    expect(header).toMatchObject({ required: false, schema: { type: "string" } });
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
