import { describe, expect, it } from "vitest";
import { locate, registryEntry } from "../../scripts/descriptors.ts";
import { checkExtension } from "../../scripts/extension.ts";
import type { JsonObject } from "../../scripts/operations.ts";
import { loadSpec, PROVIDERS } from "./spec-validator.ts";

type Edit = [path: string[], value: unknown];

/** A deep copy of a spec with `edits` made (`undefined` deletes), and the extension problems it has. */
function problemsAfter(provider: (typeof PROVIDERS)[number], ...edits: Edit[]): string[] {
  const doc = structuredClone(loadSpec(provider));
  for (const [path, value] of edits) {
    const parent = path
      .slice(0, -1)
      .reduce<Record<string, unknown>>((node, k) => node[k] as Record<string, unknown>, doc);
    const last = path[path.length - 1] ?? "";
    if (value === undefined) delete parent[last];
    else parent[last] = value;
  }
  return checkExtension(`specs/${provider}.yaml`, doc as JsonObject);
}

const AUTH0_OP = ["paths", "/users/{user_id}/sessions", "get", "x-idp-sessions"];
const KRATOS_OP = ["paths", "/admin/identities/{id}/sessions", "get"];

describe("x-idp-sessions (specs/EXTENSION.md), checked by pnpm generate's lint step", () => {
  it.each(PROVIDERS)("%s: complete, and every expression points at something the spec declares", (provider) => {
    expect(checkExtension(`specs/${provider}.yaml`, loadSpec(provider) as JsonObject)).toEqual([]);
  });

  it("refuses a misspelled body property, naming the expression", () => {
    const problems = problemsAfter("auth0", [[...AUTH0_OP, "items"], "$response.body#/sesions"]);
    expect(problems).toEqual([
      "specs/auth0.yaml: error x-idp-sessions: paths./users/{user_id}/sessions.get.x-idp-sessions: $response.body#/sesions: no such property in the response body's schema",
    ]);
  });

  it("refuses a query parameter the operation does not have, and a header the response does not declare", () => {
    const problems = problemsAfter(
      "ory-kratos",
      [[...KRATOS_OP, "x-idp-sessions", "pagination", "cursor"], "$request.query.pagetoken"],
      [[...KRATOS_OP, "responses", "200", "headers", "Link"], undefined],
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain("$request.query.pagetoken: the operation has no query parameter pagetoken");
    expect(problems[1]).toContain("$response.header.Link: the response declares no header Link");
  });

  it("requires the listing (the operation with items) to say role list, and a get (with session) role get", () => {
    expect(problemsAfter("auth0", [[...AUTH0_OP, "role"], undefined]).join("\n")).toMatch(/role/);
    expect(problemsAfter("auth0", [[...AUTH0_OP, "role"], "get"]).join("\n")).toMatch(/role/);
    const getOp = ["paths", "/sessions/{id}", "get", "x-idp-sessions", "role"];
    expect(problemsAfter("auth0", [getOp, "revoke"]).join("\n")).toMatch(/role/);
  });

  it("refuses an error field no error response has", () => {
    const problems = problemsAfter("auth0", [["x-idp-sessions", "errors", "code"], ["$response.body#/error_code"]]);
    expect(problems).toEqual([
      "specs/auth0.yaml: error x-idp-sessions: x-idp-sessions.errors.code: $response.body#/error_code: no such property in the response body's schema (of any error response)",
    ]);
  });

  it("requires the extension on every operation and every server variable, in the documented shape", () => {
    const problems = problemsAfter(
      "monocloud",
      [["paths", "/users/{user_id}/sessions", "get", "x-idp-sessions"], undefined],
      [["servers", "0", "variables", "tenant_domain", "x-idp-sessions"], undefined],
      [["x-idp-sessions", "errors", "messages"], []],
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("x-idp-sessions.errors: must NOT have additional properties"),
        expect.stringContaining("servers.0.variables.tenant_domain.x-idp-sessions: must be object"),
        expect.stringContaining("paths./users/{user_id}/sessions.get.x-idp-sessions: must be object"),
      ]),
    );
  });

  it("refuses what is not a runtime expression", () => {
    const problems = problemsAfter("auth0", [[...AUTH0_OP, "pagination", "next"], "body.next"]);
    expect(problems.join("\n")).toMatch(/pagination: must match exactly one schema in oneOf/);
  });
});

describe("locate: a runtime expression as plain data", () => {
  it.each([
    ["$request.query.from", { in: "query", name: "from" }],
    ["$request.body#/query/offset", { in: "body", path: ["query", "offset"] }],
    ["$response.body", { in: "body", path: [] }],
    ["$response.body#/a~1b/c~0d", { in: "body", path: ["a/b", "c~d"] }],
    ["$response.header.Link", { in: "header", name: "link" }],
    ["$response.header.x-pagination#/has_next", { in: "header", name: "x-pagination", path: ["has_next"] }],
  ])("%s", (expression, expected) => {
    expect(locate(expression)).toEqual(expected);
  });
});

describe("the provider registry that contract, the CLI and normalize share, from each spec", () => {
  it("names every setting as the CLI and the live check always have (servers, security, path parameters)", () => {
    const huawei = registryEntry(loadSpec("huawei-identitycenter") as JsonObject);
    expect(huawei.address).toEqual({ option: "region", variable: "HUAWEI_REGION", flag: "region" });
    expect(huawei.credentials.map((c) => [c.option, c.variable, c.flag, c.secret])).toEqual([
      ["accessKeyId", "HUAWEI_ACCESS_KEY_ID", "access-key-id", true],
      ["secretAccessKey", "HUAWEI_SECRET_ACCESS_KEY", "secret-access-key", true],
      ["securityToken", "HUAWEI_SECURITY_TOKEN", "security-token", true],
    ]);
    // The security token is in one of the two security requirements only: optional.
    expect(huawei.required).toEqual(["accessKeyId", "secretAccessKey"]);
    expect(huawei.params.map((p) => p.flag)).toEqual(["identity-store", "user"]);
    const kratos = registryEntry(loadSpec("ory-kratos") as JsonObject);
    // `security` lists `{}`: no credential is required; two variables keep their own names.
    expect(kratos.required).toEqual([]);
    expect([kratos.baseUrl.variable, kratos.credentials[0]?.variable]).toEqual(["ORY_KRATOS_BASE_URL", "ORY_API_KEY"]);
    expect(kratos.params).toEqual([{ option: "identityId", variable: "ORY_IDENTITY_ID", flag: "user" }]);
    expect(registryEntry(loadSpec("monocloud") as JsonObject).credentials[0]).toMatchObject({ option: "apiKey" });
  });

  it("takes the listing to be the one operation that says where its sessions are (items)", () => {
    const problems = problemsAfter("auth0", [[...AUTH0_OP.slice(0, 3), "x-idp-sessions", "items"], undefined]);
    expect(problems).toEqual([
      "specs/auth0.yaml: error x-idp-sessions: x-idp-sessions: the spec must have one listing operation (with items), has 0",
    ]);
  });

  it("refuses a rename of an option the provider does not have, and a user that is not a parameter", () => {
    expect(problemsAfter("auth0", [["x-idp-sessions", "environment", "names"], { apiKey: "AUTH0_KEY" }])).toEqual([
      "specs/auth0.yaml: error x-idp-sessions: x-idp-sessions.environment.names.apiKey: no setting of this provider has that option",
    ]);
    expect(problemsAfter("auth0", [["x-idp-sessions", "environment", "user"], "accountId"])).toEqual([
      "specs/auth0.yaml: error x-idp-sessions: x-idp-sessions: x-idp-sessions.environment.user: accountId is not one of the listing's parameters",
    ]);
  });
});
