import { describe, expect, it } from "vitest";
import { matchOperation, validateRequest, validateResponse } from "../src/index.js";

const bearer = { authorization: "Bearer t" };
const auth0 = "https://t.auth0.com/api/v2";

describe("matchOperation: a recorded request's operation, by method and path template", () => {
  it.each([
    ["auth0", "GET", `${auth0}/users/auth0%7Cu/sessions?take=5`, "getUserSessions"],
    ["auth0", "DELETE", `${auth0}/users/auth0%7Cu/sessions`, "deleteUserSessions"],
    ["auth0", "GET", `${auth0}/sessions/s1`, "getSession"],
    ["auth0", "DELETE", `${auth0}/sessions/s1`, "deleteSession"],
    ["auth0", "POST", `${auth0}/sessions/s1/revoke`, "revokeSession"],
    ["zitadel", "POST", "https://z.example/v2/sessions/search", "listSessions"],
    ["zitadel", "GET", "https://z.example/v2/sessions/search", "getSession"],
    ["zitadel", "DELETE", "https://z.example/v2/sessions/1", "deleteSession"],
    ["monocloud", "GET", "https://m.example/api/users/u/sessions/s", "findUserSession"],
    ["ory-kratos", "DELETE", "http://127.0.0.1:4434/admin/sessions/x", "disableSession"],
    [
      "huawei-identitycenter",
      "POST",
      "https://h.example/v1/identity-stores/d/users/u/sessions/batch-delete",
      "batchDeleteSessions",
    ],
  ] as const)("%s %s %s is %s", (provider, method, url, id) => {
    expect(matchOperation(provider, { method, url })).toBe(id);
  });

  it("is undefined for no operation, a URL that does not parse, or an unknown provider", () => {
    expect(matchOperation("auth0", { method: "PUT", url: `${auth0}/sessions/s1` })).toBeUndefined();
    expect(matchOperation("auth0", { method: "GET", url: "not a url" })).toBeUndefined();
    expect(matchOperation("okta" as never, { method: "GET", url: `${auth0}/sessions/s1` })).toBeUndefined();
  });
});

describe("validateResponse against the operation named or matched", () => {
  const accepted = { status: 202, headers: { "content-type": "application/json" }, body: {} };

  it("checks a 202 against the revoke it answered, and the listing (which has no 202) by default", () => {
    expect(validateResponse("auth0", accepted, { operation: "revokeSession" })).toEqual([]);
    const request = { method: "POST", url: `${auth0}/sessions/s1/revoke` };
    expect(validateResponse("auth0", accepted, { request })).toEqual([]);
    expect(validateResponse("auth0", accepted)).toMatchObject([{ in: "status", pointer: "", actual: "202" }]);
  });

  it("an unknown operationId is a violation that lists the known ones", () => {
    expect(validateResponse("auth0", accepted, { operation: "nope" as never })).toEqual([
      {
        in: "operation",
        pointer: "",
        message: "unknown operation",
        expected: "one of getUserSessions, deleteUserSessions, getSession, deleteSession, revokeSession",
        actual: '"nope"',
      },
    ]);
  });

  it("a request for another operation than the one named is a violation", () => {
    const request = { method: "DELETE", url: `${auth0}/sessions/s1` };
    expect(validateResponse("auth0", accepted, { operation: "revokeSession", request })).toMatchObject([
      { in: "operation", message: "the request is for deleteSession", actual: '"DELETE /sessions/s1"' },
    ]);
    expect(validateRequest("auth0", { ...request, headers: bearer }, { operation: "revokeSession" })).toMatchObject([
      { in: "operation", expected: "POST /sessions/{id}/revoke (revokeSession)" },
    ]);
  });
});

describe("validateRequest: each new operation's parameters and body, at their pointers", () => {
  it("accepts what the clients send", () => {
    const ok = (provider: Parameters<typeof validateRequest>[0], method: string, url: string, body?: string) =>
      expect(validateRequest(provider, { method, url, headers: bearer, body: body ?? null })).toEqual([]);
    ok("auth0", "POST", `${auth0}/sessions/s1/revoke`);
    ok(
      "ory-kratos",
      "GET",
      "http://127.0.0.1:4434/admin/sessions/9d5c2f1e-3b4a-4c6d-8e7f-0a1b2c3d4e5f?expand=identity&expand=devices",
    );
    ok("zitadel", "DELETE", "https://z.example/v2/sessions/259242057703358466", "{}");
  });

  it("names what is broken", () => {
    const at = (provider: Parameters<typeof validateRequest>[0], method: string, url: string, body?: string) =>
      validateRequest(provider, { method, url, headers: bearer, body: body ?? null }).map((v) => [v.in, v.pointer]);
    expect(at("auth0", "POST", `${auth0}/sessions/${"s".repeat(51)}/revoke`)).toEqual([["path", "/id"]]);
    expect(at("ory-kratos", "GET", "http://127.0.0.1:4434/admin/sessions/not-a-uuid?expand=colour")).toEqual([
      ["path", "/id"],
      ["query", "/expand/0"],
    ]);
    const batch = "https://h.example/v1/identity-stores/d/users/u/sessions/batch-delete";
    expect(at("huawei-identitycenter", "POST", batch, '{"session_ids":[]}')).toContainEqual(["body", "/session_ids"]);
  });
});
