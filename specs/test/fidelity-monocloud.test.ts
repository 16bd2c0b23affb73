import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { at, compileAt, createSpecAjv, exampleCases, loadSpec, violations } from "./spec-validator.ts";

/**
 * MonoCloud's spec against its official management SDKs (monocloud/management-js v0.2.7,
 * monocloud/management-dotnet v0.2.5): the two 422 forms, the problem+json conventions of every error
 * example and fixture, the `x-pagination` fields, the session fields and the `client_id` filter.
 */
type Json = Record<string, unknown>;

const doc = loadSpec("monocloud");
const spec = createSpecAjv("monocloud", doc);
const schema = (name: string) => compileAt(spec, `#/components/schemas/${name}`);
const response422 = compileAt(
  spec,
  "#/components/responses/UnprocessableEntity/content/application~1problem+json/schema",
);
const fixtureDir = new URL("../fixtures/monocloud/", import.meta.url);
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(name, fixtureDir), "utf8")) as { status: number; headers: Json; body: Json };
const keyForm = fixture("error-422.json").body;
const identityForm = fixture("error-422-identity.json").body;

function pointers(validate: ReturnType<typeof schema>, value: unknown): string[] {
  expect(validate(value)).toBe(false);
  return violations(validate.errors).map((v) => v.pointer);
}

function set(value: Json, path: (string | number)[], leaf: unknown): Json {
  const copy = structuredClone(value);
  const parent = path.slice(0, -1).reduce<Json>((node, key) => node[key] as Json, copy);
  parent[path.at(-1) as string] = leaf;
  return copy;
}

describe("monocloud 422: the two forms of the SDKs' models", () => {
  it.each([
    ["KeyValidationProblemDetails", keyForm, identityForm],
    ["IdentityValidationProblemDetails", identityForm, keyForm],
  ])("%s accepts its own form and refuses the other one", (name, own, other) => {
    const validate = schema(name);
    expect(validate(own), JSON.stringify(validate.errors)).toBe(true);
    expect(pointers(validate, other)).toEqual(expect.arrayContaining(["/type", "/errors"]));
  });

  it("the 422 response takes either form (oneOf: exactly one branch matches each)", () => {
    expect(response422(keyForm), JSON.stringify(response422.errors)).toBe(true);
    expect(response422(identityForm), JSON.stringify(response422.errors)).toBe(true);
    expect(response422({ ...keyForm, surplus: true })).toBe(true);
  });

  it.each([
    ["an identity error without code", set(identityForm, ["errors", 0], { description: "d" }), "/errors/0/code"],
    ["a numeric description", set(identityForm, ["errors", 1, "description"], 5), "/errors/1/description"],
    ["a field message that is not a string", set(keyForm, ["errors", "size", 0], 100), "/errors/size/0"],
    ["field messages that are not a list", set(keyForm, ["errors", "size"], "too big"), "/errors/size"],
    ["the identity type with errors by field", set(keyForm, ["type"], identityForm.type), "/errors"],
    ["the key type with a list of errors", set(identityForm, ["type"], keyForm.type), "/errors"],
    ["a 422 body with another status", set(keyForm, ["status"], 400), "/status"],
    ["a 422 body without errors", { type: keyForm.type, title: "Unprocessable Entity", status: 422 }, "/errors"],
    ["a 422 body without type", { title: "Unprocessable Entity", errors: keyForm.errors }, "/type"],
  ])("the 422 response refuses %s, naming %j", (_name, invalid, pointer) => {
    expect(pointers(response422, invalid)).toContain(pointer);
  });
});

describe("monocloud errors follow the SDKs' problem+json conventions", () => {
  const REASON: Record<number, string> = {
    400: "Bad Request",
    401: "Unauthorized",
    402: "Payment Required",
    403: "Forbidden",
    404: "Not Found",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
  };
  const TYPE_422 = [
    "https://httpstatuses.io/422#validation-error",
    "https://httpstatuses.io/422#identity-validation-error",
  ];
  const expectProblem = (status: number, body: Json) => {
    // The SDKs switch on the body's status and, for 422, on its type (ValidationExceptionTypes).
    expect(body.status).toBe(status);
    if (status === 422) expect(TYPE_422).toContain(body.type);
    else expect(body.type).toBe(`https://httpstatuses.io/${status}`);
    expect(body.title).toBe(REASON[status]);
  };

  const examples = exampleCases(doc).filter((c) => c.example.includes("/components/responses/"));
  it.each(examples.map((c) => [c.example, c]))("%s", (_name, c) => {
    expectProblem(Number(statusOf(c.example)), at(doc, c.example) as Json);
  });

  const files = readdirSync(fixtureDir).filter((f) => f.startsWith("error-"));
  it.each(files)("fixture %s", (file) => {
    const { status, headers, body } = fixture(file);
    expect(headers["content-type"]).toBe("application/problem+json");
    expectProblem(status, body);
  });

  it("every documented error status has an example of each of its forms", () => {
    expect(examples.length).toBe(Object.keys(REASON).length + 1);
  });
});

/** The status a `#/components/responses/{Name}/...` example answers, read from the operation. */
function statusOf(example: string): string {
  const name = example.split("/")[3];
  const responses = at(doc, "#/paths/~1users~1{user_id}~1sessions/get/responses") as Record<string, { $ref?: string }>;
  const found = Object.entries(responses).find(([, r]) => r.$ref === `#/components/responses/${name}`);
  if (!found) throw new Error(`no status for ${example}`);
  return found[0];
}

describe("monocloud x-pagination: the SDKs' PageModel / PaginationHeader", () => {
  const validate = schema("PaginationMetadata");
  // The header of both SDKs' tests.
  const sdkHeader = { total_count: 20, page_size: 2, current_page: 3, has_next: true, has_previous: true };

  it("has exactly the SDKs' five fields, numbers as int32 and flags as booleans", () => {
    const properties = at(doc, "#/components/schemas/PaginationMetadata/properties") as Record<string, Json>;
    expect(Object.keys(properties).sort()).toEqual(Object.keys(sdkHeader).sort());
    for (const key of ["total_count", "page_size", "current_page"])
      expect(properties[key]).toMatchObject({ type: "integer", format: "int32" });
    for (const key of ["has_next", "has_previous"]) expect(properties[key]).toMatchObject({ type: "boolean" });
    expect(validate(sdkHeader), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ["total_count beyond int32", { ...sdkHeader, total_count: 2 ** 31 }, "/total_count"],
    ["a fractional page_size", { ...sdkHeader, page_size: 2.5 }, "/page_size"],
    ["has_previous as a string", { ...sdkHeader, has_previous: "true" }, "/has_previous"],
    ["no has_next", { total_count: 20 }, "/has_next"],
  ])("refuses %s, naming %j", (_name, invalid, pointer) => {
    expect(pointers(validate, invalid)).toContain(pointer);
  });
});

describe("monocloud sessions: the SDKs' UserSession / UserSessionMetadata", () => {
  it("has the SDKs' six session fields (plus the documentation's session_key), five of them required", () => {
    const session = at(doc, "#/components/schemas/UserSession") as { properties: Json; required: string[] };
    expect(Object.keys(session.properties).sort()).toEqual(
      ["client_ids", "expires_at", "initiated_at", "last_metadata", "last_updated", "session_id", "session_key"].sort(),
    );
    expect([...session.required].sort()).toEqual(
      ["client_ids", "expires_at", "initiated_at", "last_updated", "session_id"].sort(),
    );
    for (const key of ["initiated_at", "expires_at", "last_updated"])
      expect(session.properties[key]).toMatchObject({ type: "integer", format: "int64" });
  });

  it("has the SDKs' seven metadata fields, each an optional nullable string", () => {
    const metadata = at(doc, "#/components/schemas/SessionMetadata") as { properties: Record<string, Json> };
    expect(Object.keys(metadata.properties).sort()).toEqual(
      ["city", "country", "ip_address", "latitude", "longitude", "region", "user_agent"].sort(),
    );
    for (const field of Object.values(metadata.properties)) expect(field.type).toEqual(["string", "null"]);
    expect(pointers(schema("SessionMetadata"), { longitude: -118.25 })).toContain("/longitude");
  });
});

describe("monocloud client filter", () => {
  it("is the query parameter client_id, the name the service reads; clientId is not declared", () => {
    const parameters = at(doc, "#/paths/~1users~1{user_id}~1sessions/get/parameters") as { name: string; in: string }[];
    const query = parameters.filter((p) => p.in === "query").map((p) => p.name);
    expect(query).toEqual(["page", "size", "client_id", "sort"]);
  });
});
