import { describe, expect, it } from "vitest";
import { type ContractProvider, type OperationId, validateResponse } from "../src/index.js";
import { exampleFixtures } from "./example-fixtures.js";

/** One broken answer: a spec example (by its fixture description) with the value at `pointer` replaced. */
interface Mutation {
  provider: ContractProvider;
  example: string;
  pointer: string;
  value: unknown;
}

const MUTATIONS: Mutation[] = [
  { provider: "auth0", example: "getSession 200 example session", pointer: "/id", value: 5 },
  { provider: "auth0", example: "getSession 404 example sessionNotFound", pointer: "/statusCode", value: "404" },
  { provider: "auth0", example: "deleteSession 202 example accepted", pointer: "", value: [] },
  { provider: "auth0", example: "revokeSession 404 example sessionNotFound", pointer: "/message", value: 1 },
  { provider: "auth0", example: "deleteUserSessions 404 example userNotFound", pointer: "/errorCode", value: 5 },
  { provider: "ory-kratos", example: "getSession 200 example expanded", pointer: "/active", value: "yes" },
  { provider: "ory-kratos", example: "disableSession 404 example notFound", pointer: "/error/code", value: "404" },
  { provider: "ory-kratos", example: "deleteIdentitySessions 400 example badId", pointer: "/error/message", value: 3 },
  {
    provider: "monocloud",
    example: "findUserSession 200 example documentation",
    pointer: "/expires_at",
    value: "soon",
  },
  { provider: "monocloud", example: "revokeUserSession 404 example sessionNotFound", pointer: "/status", value: "404" },
  { provider: "zitadel", example: "getSession 200 example session", pointer: "/session/id", value: 7 },
  { provider: "zitadel", example: "deleteSession 200 example terminated", pointer: "/details/sequence", value: true },
  {
    provider: "huawei-identitycenter",
    example: "batchDeleteSessions 403 example notAuthorized",
    pointer: "/error_msg",
    value: 1,
  },
];

function mutated(body: unknown, pointer: string, value: unknown): unknown {
  if (pointer === "") return value;
  const copy = structuredClone(body) as Record<string, unknown>;
  const keys = pointer.split("/").slice(1);
  const last = keys.pop() ?? "";
  const parent = keys.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, copy);
  parent[last] = value;
  return copy;
}

describe("a broken answer of each new operation is a violation at the pointer of what broke", () => {
  it.each(MUTATIONS)("$provider $example with $pointer changed", ({ provider, example, pointer, value }) => {
    const fixture = exampleFixtures(provider).find((f) => f.description === example);
    if (!fixture) throw new Error(`no example ${example}`);
    const operation = fixture.operation as OperationId;
    const body = mutated(fixture.body, pointer, value);
    const violations = validateResponse(provider, { ...fixture, body }, { operation });
    // The first violation is what broke (Huawei's error oneOf adds its other form's missing `error` after it).
    expect(violations[0]).toMatchObject({ in: "body", pointer });
  });
});

describe("a status the operation does not document", () => {
  it.each([
    ["auth0", "deleteSession", 404],
    ["monocloud", "revokeUserSession", 400],
    ["zitadel", "deleteSession", 204],
  ] as const)("%s %s %i", (provider, operation, status) => {
    const [violation] = validateResponse(provider, { status, body: {} }, { operation });
    expect(violation).toMatchObject({ in: "status", pointer: "", actual: String(status) });
  });
});
