import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { at, compileAt, createSpecAjv, exampleCases, loadSpec, violations } from "./spec-validator.ts";

/**
 * MonoCloud's spec against its official management SDKs (monocloud/management-js v0.2.7,
 * monocloud/management-dotnet v0.2.5): the two 422 forms, the problem+json conventions of every error
 * example and fixture, the `x-pagination` fields, the session fields, the `client_id` filter, and the
 * session operations (`findUserSession`, `revokeUserSession`; no revoke-all).
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

  // Each shared response's examples once, however many operations refer to it.
  const examples = [
    ...new Map(
      exampleCases(doc)
        .filter((c) => c.example.includes("/components/responses/"))
        .map((c) => [c.example, c]),
    ).values(),
  ];
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
    // The listing's eight statuses (422 in both forms), the session operations' own 404 (unknown session,
    // unknown user) and 422.
    expect(examples.length).toBe(Object.keys(REASON).length + 1 + 2 + 1);
    for (const { path, method } of OPERATIONS) {
      const responses = at(doc, `${opPointer(path, method)}/responses`) as Record<string, { $ref?: string }>;
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) < 400) continue;
        expect(response.$ref, `${method} ${path} ${status}`).toMatch(/^#\/components\/responses\//);
        const name = response.$ref?.split("/")[3] ?? "";
        expect(
          examples.some((c) => c.example.startsWith(`#/components/responses/${name}/`)),
          `an example for ${method} ${path} ${status}`,
        ).toBe(true);
      }
    }
  });
});

const OPERATIONS = [
  { path: "/users/{user_id}/sessions", method: "get" },
  { path: "/users/{user_id}/sessions/{session_id}", method: "get" },
  { path: "/users/{user_id}/sessions/{session_id}", method: "delete" },
] as const;

const opPointer = (path: string, method: string) =>
  `#/paths/${path.replace(/~/g, "~0").replace(/\//g, "~1")}/${method}`;

/** The status a `#/components/responses/{Name}/...` example answers, read from the operations that use it. */
function statusOf(example: string): string {
  const name = example.split("/")[3];
  const statuses = new Set(
    OPERATIONS.flatMap(({ path, method }) =>
      Object.entries(at(doc, `${opPointer(path, method)}/responses`) as Record<string, { $ref?: string }>)
        .filter(([, r]) => r.$ref === `#/components/responses/${name}`)
        .map(([status]) => status),
    ),
  );
  if (statuses.size !== 1) throw new Error(`${example}: answers ${statuses.size} statuses`);
  return [...statuses][0] ?? "";
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

describe("monocloud session operations: the SDKs' findUserSession / revokeUserSession (no revoke-all)", () => {
  const path = "/users/{user_id}/sessions/{session_id}";
  const item = at(doc, opPointer(path, "get").replace(/\/get$/, "")) as Record<string, Json>;
  const extension = (method: string) => at(doc, `${opPointer(path, method)}/x-idp-sessions`) as Json;
  const ERROR_STATUSES = ["401", "402", "403", "404", "422", "429", "500"];

  it("the listing stays the first path and its first operation, with role list", () => {
    const paths = Object.keys(at(doc, "#/paths") as Json);
    expect(paths[0]).toBe("/users/{user_id}/sessions");
    expect(Object.keys(at(doc, "#/paths/~1users~1{user_id}~1sessions") as Json)[0]).toBe("get");
    expect(at(doc, "#/paths/~1users~1{user_id}~1sessions/get/x-idp-sessions/role")).toBe("list");
  });

  it("are GET and DELETE of one path (both SDKs' paths), with no query and no body", () => {
    expect(Object.keys(item).sort()).toEqual(["delete", "get"]);
    for (const method of ["get", "delete"]) {
      const op = item[method] as { parameters: { $ref: string }[]; requestBody?: unknown };
      expect(op.parameters.map((p) => p.$ref)).toEqual([
        "#/components/parameters/UserId",
        "#/components/parameters/SessionId",
      ]);
      expect(op.requestBody).toBeUndefined();
    }
    expect(at(doc, "#/components/parameters/UserId")).toMatchObject({ in: "path", name: "user_id", required: true });
    expect(at(doc, "#/components/parameters/SessionId")).toMatchObject({
      in: "path",
      name: "session_id",
      required: true,
      "x-idp-sessions": { option: "sessionId" },
    });
  });

  it("are named as the SDKs' methods, with their roles, safe to retry, and no revoke-all", () => {
    expect([(item.get as Json).operationId, (item.delete as Json).operationId]).toEqual([
      "findUserSession",
      "revokeUserSession",
    ]);
    expect(extension("get")).toMatchObject({
      role: "get",
      session: "$response.body",
      id: "/session_id",
      retry: { safe: true },
      pagination: { style: "none" },
    });
    expect(extension("delete")).toMatchObject({ role: "revoke", retry: { safe: true }, pagination: { style: "none" } });
    const roles = Object.values(at(doc, "#/paths") as Record<string, Record<string, Json>>).flatMap((i) =>
      Object.values(i).map((op) => (op["x-idp-sessions"] as Json).role),
    );
    expect(roles).not.toContain("revokeAll");
  });

  it("answer 200 with one session, resp. 204 without a body, and the statuses the SDKs handle", () => {
    const get = item.get as { responses: Record<string, Json> };
    const del = item.delete as { responses: Record<string, Json> };
    expect(Object.keys(get.responses)).toEqual(["200", ...ERROR_STATUSES]);
    expect(Object.keys(del.responses)).toEqual(["204", ...ERROR_STATUSES]);
    expect(at(doc, `${opPointer(path, "get")}/responses/200/content/application~1json/schema`)).toEqual({
      $ref: "#/components/schemas/UserSession",
    });
    expect(del.responses["204"]?.content).toBeUndefined();
    for (const status of ERROR_STATUSES) expect(del.responses[status]).toEqual(get.responses[status]);
  });

  const session = compileAt(spec, `${opPointer(path, "get")}/responses/200/content/application~1json/schema`);
  const documented = at(
    doc,
    `${opPointer(path, "get")}/responses/200/content/application~1json/examples/documentation/value`,
  ) as Json;
  const problem = (name: string) =>
    compileAt(spec, `#/components/responses/${name}/content/application~1problem+json/schema`);
  const notFound = at(
    doc,
    "#/components/responses/SessionNotFound/content/application~1problem+json/examples/sessionNotFound/value",
  ) as Json;
  const invalid = at(
    doc,
    "#/components/responses/SessionUnprocessableEntity/content/application~1problem+json/examples/validation/value",
  ) as Json;

  it.each([
    ["200 (one UserSession)", session, documented],
    ["404 (SessionNotFound)", problem("SessionNotFound"), notFound],
    ["422 (SessionUnprocessableEntity)", problem("SessionUnprocessableEntity"), invalid],
    ["422 in the identity form", problem("SessionUnprocessableEntity"), identityForm],
  ])("%s accepts a valid body", (_name, validate, value) => {
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ["200: a list instead of one session", session, [documented], ""],
    ["200: no session_id", session, { ...documented, session_id: undefined }, "/session_id"],
    ["200: expires_at as a string", session, { ...documented, expires_at: "1640983490" }, "/expires_at"],
    [
      "200: a numeric latitude",
      session,
      set(documented, ["last_metadata", "latitude"], 34.04),
      "/last_metadata/latitude",
    ],
    ["404: status as a string", problem("SessionNotFound"), { ...notFound, status: "404" }, "/status"],
    ["404: a numeric traceId", problem("SessionNotFound"), { ...notFound, traceId: 1 }, "/traceId"],
    [
      "422: messages not a list",
      problem("SessionUnprocessableEntity"),
      set(invalid, ["errors", "session_id"], "bad"),
      "/errors/session_id",
    ],
    ["422: no errors", problem("SessionUnprocessableEntity"), { ...invalid, errors: undefined }, "/errors"],
  ])("%s is refused at %j", (_name, validate, value, pointer) => {
    expect(pointers(validate, JSON.parse(JSON.stringify(value)))).toContain(pointer);
  });
});
