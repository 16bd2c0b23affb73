import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { at, compileAt, createSpecAjv, loadSpec, violations } from "./spec-validator.ts";

/**
 * Kratos' spec against Ory's own definitions: `spec/api.json` and the server code of ory/kratos v26.2.0
 * (its vendored ory/x pagination, herodot v0.10.8's error texts) and Ory Network's spec (ory/sdk
 * `spec/client/v1.22.65.json`): the fields Ory's specs add, the `Link` header Kratos writes, the error
 * examples and the headers.
 */
type Json = Record<string, unknown>;
interface Fixture {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const doc = loadSpec("ory-kratos");
const spec = createSpecAjv("ory-kratos", doc);
const op = "#/paths/~1admin~1identities~1{id}~1sessions/get";
const getOp = "#/paths/~1admin~1sessions~1{id}/get";
const disableOp = "#/paths/~1admin~1sessions~1{id}/delete";
const deleteAllOp = "#/paths/~1admin~1identities~1{id}~1sessions/delete";
const OPERATIONS = [op, getOp, disableOp, deleteAllOp];
const page = compileAt(spec, `${op}/responses/200/content/application~1json/schema`);
const fixtureDir = new URL("../fixtures/ory-kratos/", import.meta.url);
const fixture = (name: string) => JSON.parse(readFileSync(new URL(name, fixtureDir), "utf8")) as Fixture;
const network = fixture("ory-network-fields.json").body as Json[];

function set(value: unknown, path: (string | number)[], leaf: unknown): unknown {
  const copy = structuredClone(value) as Json;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => node[key] as Json, copy);
  parent[path.at(-1) as string] = leaf;
  return copy;
}

/** The pointer of an OpenAPI object with its `$ref` followed (the shared responses). */
function deref(pointer: string): string {
  const ref = (at(doc, pointer) as Json | undefined)?.$ref;
  return typeof ref === "string" ? ref : pointer;
}

function pointers(value: unknown): string[] {
  expect(page(value)).toBe(false);
  return violations(page.errors).map((v) => v.pointer);
}

describe("ory-kratos: the fields of Ory's specs", () => {
  it("a page with external_id and Ory Network's additions validates", () => {
    expect(page(network), JSON.stringify(page.errors)).toBe(true);
  });

  it("external_id may be absent (Kratos omits it when unset)", () => {
    const without = set(network, [0, "identity", "external_id"], undefined) as Json[];
    expect(JSON.stringify(without)).not.toContain("external_id");
    expect(page(JSON.parse(JSON.stringify(without)))).toBe(true);
  });

  it.each([
    ["external_id is a number", [0, "identity", "external_id"], 42, "/0/identity/external_id"],
    [
      "external_id is null (omitempty: never sent as null)",
      [0, "identity", "external_id"],
      null,
      "/0/identity/external_id",
    ],
    ["region is not one of Ory's regions", [0, "identity", "region"], "mars", "/0/identity/region"],
    ["region is empty (omitempty: never sent empty)", [0, "identity", "region"], "", "/0/identity/region"],
    [
      "upstream_acr is a number",
      [0, "authentication_methods", 0, "upstream_acr"],
      2,
      "/0/authentication_methods/0/upstream_acr",
    ],
    [
      "upstream_amr is a string",
      [0, "authentication_methods", 0, "upstream_amr"],
      "pwd",
      "/0/authentication_methods/0/upstream_amr",
    ],
    [
      "upstream_amr holds a number",
      [0, "authentication_methods", 0, "upstream_amr", 1],
      7,
      "/0/authentication_methods/0/upstream_amr/1",
    ],
    [
      "break_glass_for_organization is not a UUID",
      [0, "identity", "recovery_addresses", 0, "break_glass_for_organization"],
      "org-1",
      "/0/identity/recovery_addresses/0/break_glass_for_organization",
    ],
  ])("refuses a page where %s", (_name, path, leaf, pointer) => {
    expect(pointers(set(network, path as (string | number)[], leaf))).toContain(pointer);
  });

  it("region is Ory Network's enum, in the order of ory/x region.All()", () => {
    expect(at(doc, "#/components/schemas/IdentityRegion/enum")).toEqual([
      "eu-central",
      "asia-northeast",
      "us-east",
      "us-west",
      "eu",
      "asia",
      "us",
      "global",
    ]);
  });

  it("break_glass_for_organization is a NullUUID: null is accepted", () => {
    const nulled = set(network, [0, "identity", "recovery_addresses", 0, "break_glass_for_organization"], null);
    expect(page(nulled)).toBe(true);
  });
});

describe("ory-kratos: the Link header as ory/x pagination.HeaderWithFormatter writes it", () => {
  const rels = (link: string) => [...link.matchAll(/rel="([^"]+)"/g)].map((m) => m[1]);
  const urls = (link: string) =>
    [...link.matchAll(/<([^>]+)>/g)].map((m) => new URL(m[1] ?? "", "http://kratos.invalid").searchParams);

  it.each([
    ["empty.json", ["first", "next", "prev"], "0"],
    ["first-page.json", ["next", "last"], "5"],
    ["middle-page.json", ["first", "next", "prev", "last"], "5"],
    ["last-page.json", ["first", "prev"], "5"],
    ["single-page.json", ["first"], "1"],
  ])("%s links %j", (name, expected, total) => {
    const { headers } = fixture(name);
    expect(rels(headers.link ?? "")).toEqual(expected);
    expect(headers["x-total-count"]).toBe(total);
  });

  it('an empty listing still links rel="next" (its prev has a negative offset)', () => {
    const [first, next, prev] = urls(fixture("empty.json").headers.link ?? "");
    const offset = (q: URLSearchParams | undefined) =>
      JSON.parse(Buffer.from(q?.get("page_token") ?? "", "base64url").toString("utf8")) as Json;
    expect([first, next, prev].map(offset)).toEqual([
      { offset: "0", v: 2 },
      { offset: "250", v: 2 },
      { offset: "-250", v: 2 },
    ]);
    expect([first, next, prev].map((q) => q?.get("page"))).toEqual(["0", "1", "-1"]);
  });

  it("every link URL carries page, page_size, page_token and per_page, keys sorted as Go encodes them", () => {
    const files = readdirSync(fixtureDir).filter((f) => f.endsWith(".json"));
    const links = files.map((f) => fixture(f).headers.link).filter((l): l is string => typeof l === "string");
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const link of links) {
      for (const q of urls(link)) expect([...q.keys()]).toEqual(["page", "page_size", "page_token", "per_page"]);
    }
    const example = at(doc, `${op}/responses/200/headers/Link/example`) as string;
    expect(rels(example)).toEqual(["next", "last"]);
    for (const q of urls(example)) expect([...q.keys()]).toEqual(["page", "page_size", "page_token", "per_page"]);
  });

  it("the spec says so where a client reads it", () => {
    expect(at(doc, `${op}/responses/200/headers/Link/description`)).toMatch(
      /no sessions has\s+`first`, `next` and `prev`/,
    );
    expect(at(doc, `${op}/description`)).toMatch(/an empty page ends the listing/);
  });
});

describe("ory-kratos: error examples as Kratos v26.2.0 and herodot v0.10.8 write them", () => {
  const STATUS: Record<string, string> = {
    "400": "Bad Request",
    "401": "Unauthorized",
    "403": "Forbidden",
    "404": "Not Found",
    "429": "Too Many Requests",
    "500": "Internal Server Error",
  };
  const examplesAt = (response: string) =>
    Object.values(
      (at(doc, `${response}/content/application~1json/examples`) as Record<string, { value: Json }>) ?? {},
    ).map((e) => (e.value.error ?? {}) as Json);
  const examples = (status: string, operation = op) => examplesAt(deref(`${operation}/responses/${status}`));
  /** Every response of every operation as [pointer, status], $refs followed, a shared one once. */
  const allResponses = [
    ...new Map(
      OPERATIONS.flatMap((o) =>
        Object.keys(at(doc, `${o}/responses`) as Json).map((s) => [deref(`${o}/responses/${s}`), s] as const),
      ),
    ),
  ];

  it("every error example and fixture has code and status of its HTTP status, and a message", () => {
    const fixtures = readdirSync(fixtureDir)
      .map((f) => fixture(f))
      .filter((f) => f.status >= 400);
    const bodies: [string, Json][] = [
      ...allResponses
        .filter(([, status]) => Number(status) >= 400)
        .flatMap(([response, status]) => examplesAt(response).map((e) => [status, e] as [string, Json])),
      ...fixtures.map((f) => [String(f.status), (f.body as { error: Json }).error] as [string, Json]),
    ];
    // The listing's 7 examples, two 400s of each new operation, the shared 404 (NotFound) and 7 fixtures.
    expect(bodies.length).toBe(7 + 3 * 2 + 1 + 7);
    for (const [status, error] of bodies) {
      expect(error.code, status).toBe(Number(status));
      expect(error.status, status).toBe(STATUS[status]);
      expect(typeof error.message, status).toBe("string");
    }
  });

  it("a bad active is 'could not parse parameter active' in message, with no reason", () => {
    const [badActive, badId] = examples("400");
    expect(badActive).toEqual({ code: 400, status: "Bad Request", message: "could not parse parameter active" });
    expect(badId?.message).toBe('uuid: incorrect UUID length 10 in string "not-a-uuid"');
    for (const name of ["error-400.json", "error-400-active.json"]) {
      expect((fixture(name).body as { error: Json }).error).not.toHaveProperty("reason");
    }
  });

  it("the herodot and sqlcon texts: 401, 403, 404 (no id), 500", () => {
    expect(examples("401")[0]?.message).toBe("The request could not be authorized");
    expect(examples("403")[0]?.message).toBe("The requested action was forbidden");
    expect(examples("404")[0]).toEqual({ code: 404, status: "Not Found", message: "Unable to locate the resource" });
    expect(examples("500")[0]?.message).toBe(
      "An internal server error occurred, please contact the system administrator",
    );
  });

  it("declares no X-Request-Id response header: the request id is the body's error.request", () => {
    for (const [response, status] of allResponses) {
      const names = Object.keys((at(doc, `${response}/headers`) as Json | undefined) ?? {}).map((h) => h.toLowerCase());
      expect(names, status).not.toContain("x-request-id");
    }
    expect(at(doc, "#/components/schemas/GenericError/properties/request/type")).toBe("string");
  });
});

describe("ory-kratos: Ory Network's rate-limit headers", () => {
  const limited = deref(`${op}/responses/429`);
  const header = (name: string) => compileAt(spec, `${limited}/headers/${name}/schema`);

  it("every operation shares the one 429 response, which carries the headers", () => {
    expect(limited).toBe("#/components/responses/TooManyRequests");
    for (const o of OPERATIONS) expect(deref(`${o}/responses/429`), o).toBe(limited);
  });

  it("x-ratelimit-limit is the list Ory's docs show, a string", () => {
    expect(header("x-ratelimit-limit")("10, 10;w=1, 300;w=60")).toBe(true);
    expect(at(doc, `${limited}/headers/x-ratelimit-limit/schema/type`)).toBe("string");
  });

  it("x-ratelimit-remaining and x-ratelimit-reset are integers", () => {
    for (const name of ["x-ratelimit-remaining", "x-ratelimit-reset"]) {
      const validate = header(name);
      expect(validate(8)).toBe(true);
      expect(validate("soon")).toBe(false);
      expect(violations(validate.errors)[0]?.pointer).toBe("");
    }
  });
});

describe("ory-kratos: the session operations of session/handler.go (v26.2.0) and their x-idp-sessions", () => {
  const ext = (o: string) => at(doc, `${o}/x-idp-sessions`) as Json;
  const pathParam = (o: string) => (at(doc, `${o}/parameters`) as Json[]).find((p) => p.in === "path") as Json;

  it("keeps the listing the first path and the first operation of its path item", () => {
    const paths = doc.paths as Record<string, Json>;
    expect(Object.keys(paths)).toEqual(["/admin/identities/{id}/sessions", "/admin/sessions/{id}"]);
    expect(Object.keys(paths["/admin/identities/{id}/sessions"] ?? {})).toEqual(["get", "delete"]);
    expect(Object.keys(paths["/admin/sessions/{id}"] ?? {})).toEqual(["get", "delete"]);
  });

  it.each([
    [op, "listIdentitySessions", "list", "identityId"],
    [getOp, "getSession", "get", "sessionId"],
    [disableOp, "disableSession", "revoke", "sessionId"],
    [deleteAllOp, "deleteIdentitySessions", "revokeAll", "identityId"],
  ])("%s is %s (role %s, path id as %s), safe to retry", (o, operationId, role, option) => {
    expect(at(doc, `${o}/operationId`)).toBe(operationId);
    expect(ext(o).role).toBe(role);
    expect(ext(o).retry).toMatchObject({ safe: true, why: expect.any(String) });
    expect(pathParam(o)).toMatchObject({ name: "id", "x-idp-sessions": { option }, schema: { format: "uuid" } });
    if (o !== op) expect(ext(o).pagination).toEqual({ style: "none" });
  });

  it("getSession says where its one session and its id are; only the listing has items", () => {
    expect(ext(getOp)).toMatchObject({ session: "$response.body", id: "/id" });
    expect(OPERATIONS.filter((o) => ext(o).items !== undefined)).toEqual([op]);
  });

  it("the two revoking operations share one 204 without a body, with Ory Network's rate-limit headers", () => {
    for (const o of [disableOp, deleteAllOp]) {
      expect(Object.keys(at(doc, `${o}/responses`) as Json)).toEqual(["204", "400", "401", "403", "404", "429", "500"]);
      expect(deref(`${o}/responses/204`), o).toBe("#/components/responses/NoContent");
    }
    const noContent = at(doc, "#/components/responses/NoContent") as Json;
    expect(noContent.content).toBeUndefined();
    const limited = at(doc, "#/components/responses/TooManyRequests/headers") as Record<string, Json>;
    const headers = noContent.headers as Record<string, Json>;
    expect(Object.keys(headers)).toEqual(Object.keys(limited));
    for (const name of Object.keys(headers)) expect(headers[name]?.schema, name).toEqual(limited[name]?.schema);
    const reset = compileAt(spec, "#/components/responses/NoContent/headers/x-ratelimit-reset/schema");
    expect(reset(1)).toBe(true);
    expect(reset("1s")).toBe(false);
    expect(violations(reset.errors)[0]?.pointer).toBe("");
  });

  it("the path id is a UUID: Kratos answers 400 to anything else", () => {
    const id = compileAt(spec, `${getOp}/parameters/0/schema`);
    expect(id("0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d")).toBe(true);
    expect(id("abc")).toBe(false);
    expect(violations(id.errors)[0]?.pointer).toBe("");
  });

  it("expand is a repeated list of identity and devices (lowercase, as Ory's enum)", () => {
    const expand = compileAt(spec, `${getOp}/parameters/1/schema`);
    expect(at(doc, `${getOp}/parameters/1`)).toMatchObject({ name: "expand", in: "query", explode: true });
    expect(expand(["identity", "devices"])).toBe(true);
    expect(expand([])).toBe(true);
    expect(expand(["identity", "credentials"])).toBe(false);
    expect(violations(expand.errors)[0]?.pointer).toBe("/1");
  });
});

describe("ory-kratos: getSession's 200 (SessionLookup)", () => {
  const lookup = compileAt(spec, `${getOp}/responses/200/content/application~1json/schema`);
  const example = (name: string) =>
    at(doc, `${getOp}/responses/200/content/application~1json/examples/${name}/value`) as Json;
  const expanded = example("expanded");
  const bare = example("notExpanded");
  const lookupPointers = (value: unknown) => {
    expect(lookup(value)).toBe(false);
    return violations(lookup.errors).map((v) => v.pointer);
  };

  it("validates a session without expand (identity null, devices empty) and an expanded one", () => {
    expect(bare).toMatchObject({ identity: null, devices: [] });
    expect(lookup(bare), JSON.stringify(lookup.errors)).toBe(true);
    expect(lookup(expanded), JSON.stringify(lookup.errors)).toBe(true);
    // The identity of an expanded session is the listing's Identity: Ory Network's additions validate too.
    const withNetwork = set(expanded, ["identity"], (network[0] as Json).identity);
    expect(lookup(withNetwork), JSON.stringify(lookup.errors)).toBe(true);
  });

  it("a listing's session is a valid getSession answer (same fields, identity expanded)", () => {
    for (const session of network) expect(lookup(session), JSON.stringify(lookup.errors)).toBe(true);
  });

  it.each([
    ["identity is absent (Kratos always sends it, null when not expanded)", bare, ["identity"], undefined, "/identity"],
    ["devices is null (the persister sends [])", bare, ["devices"], null, "/devices"],
    ["active is the string false", bare, ["active"], "false", "/active"],
    ["identity is the identity's id", bare, ["identity"], "6f1c1f70-0d5a-4d1f-9a0b-2e6f6b1c2d3e", "/identity"],
    ["the expanded identity's id is not a UUID", expanded, ["identity", "id"], "ada", "/identity/id"],
    ["the expanded identity has no traits", expanded, ["identity", "traits"], undefined, "/identity/traits"],
    ["a device has no id", expanded, ["devices", 0, "id"], undefined, "/devices/0/id"],
    ["the AAL is unknown", bare, ["authenticator_assurance_level"], "aal4", "/authenticator_assurance_level"],
  ])("refuses a session where %s", (_name, base, path, leaf, pointer) => {
    const value = JSON.parse(JSON.stringify(set(base, path as (string | number)[], leaf)));
    expect(lookupPointers(value)).toContain(pointer);
  });
});

describe("ory-kratos: the new operations' errors (session/handler.go, ory/x sqlcon, herodot v0.10.8)", () => {
  const examplesOf = (o: string, status: string) => {
    const response = deref(`${o}/responses/${status}`);
    return (at(doc, `${response}/content/application~1json/examples`) as Record<string, { value: Json }>) ?? {};
  };
  const notFound = compileAt(spec, "#/components/responses/NotFound/content/application~1json/schema");

  it("a bad id is gofrs/uuid's parse error in message; a bad expand herodot's text with the value in reason", () => {
    const get = examplesOf(getOp, "400");
    expect(get.badId?.value).toEqual({
      error: { code: 400, status: "Bad Request", message: 'uuid: incorrect UUID length 3 in string "abc"' },
    });
    expect(get.badExpand?.value).toEqual({
      error: {
        code: 400,
        status: "Bad Request",
        reason: "Could not parse expand option: foo",
        message: "The request was malformed or contained invalid parameters",
      },
    });
    expect((examplesOf(deleteAllOp, "400").badId?.value.error as Json | undefined)?.message).toBe(
      'uuid: incorrect UUID length 7 in string "BADUUID"',
    );
  });

  it("a concurrent update on either DELETE is sqlcon.ErrConcurrentUpdate, a 400", () => {
    for (const o of [disableOp, deleteAllOp]) {
      expect(examplesOf(o, "400").concurrentUpdate?.value).toEqual({
        error: {
          code: 400,
          status: "Bad Request",
          message: "Unable to serialize access due to a concurrent update in another session",
        },
      });
    }
  });

  it("the three share NotFound (sqlcon.ErrNoRows); the listing keeps its own 404 (an unknown identity is 200 [])", () => {
    for (const o of [getOp, disableOp, deleteAllOp]) {
      expect(deref(`${o}/responses/404`), o).toBe("#/components/responses/NotFound");
    }
    expect(deref(`${op}/responses/404`)).toBe(`${op}/responses/404`);
    const body = examplesOf(getOp, "404").notFound?.value;
    expect(body).toEqual({ error: { code: 404, status: "Not Found", message: "Unable to locate the resource" } });
    expect(notFound(body)).toBe(true);
    expect(notFound({ error: { code: "404", status: "Not Found", message: "Unable to locate the resource" } })).toBe(
      false,
    );
    expect(violations(notFound.errors).map((v) => v.pointer)).toEqual(["/error/code"]);
  });

  it("401, 403, 429 and 500 are the listing's responses, moved to components and shared", () => {
    for (const [status, name] of [
      ["401", "Unauthorized"],
      ["403", "Forbidden"],
      ["429", "TooManyRequests"],
      ["500", "InternalServerError"],
    ] as const) {
      for (const o of OPERATIONS) expect(deref(`${o}/responses/${status}`), o).toBe(`#/components/responses/${name}`);
    }
  });
});
