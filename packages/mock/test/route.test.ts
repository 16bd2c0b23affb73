import { describe, expect, it } from "vitest";
import { ROUTES } from "../src/generated/routes.gen.js";
import { matchRoute, routeMethods } from "../src/route.js";

describe("matchRoute: the spec's operations as the mock servers' routes", () => {
  it("matches an operation under the server's base path and reads its path parameters, decoded", () => {
    expect(matchRoute(ROUTES.auth0, "GET", "/api/v2/users/auth0%7C42/sessions")).toEqual({
      operation: "getUserSessions",
      params: { user_id: "auth0|42" },
    });
    expect(matchRoute(ROUTES["huawei-identitycenter"], "GET", "/v1/identity-stores/d-1/users/u-1/sessions")).toEqual({
      operation: "listUserSessions",
      params: { identity_store_id: "d-1", user_id: "u-1" },
    });
  });

  it("is a 405 for a known path with another method, a 404 for an unknown path or base path", () => {
    expect(matchRoute(ROUTES.zitadel, "PUT", "/v2/sessions/search")).toEqual({ status: 405 });
    expect(matchRoute(ROUTES.zitadel, "POST", "/v2/sessions/search/x")).toEqual({ status: 404 });
    expect(matchRoute(ROUTES.auth0, "GET", "/users/u/sessions")).toEqual({ status: 404 });
    expect(matchRoute(ROUTES.monocloud, "GET", "/api/users/u/session")).toEqual({ status: 404 });
  });

  it("follows the spec: the base path is its server's path", () => {
    expect([ROUTES.auth0.basePath, ROUTES.monocloud.basePath, ROUTES["ory-kratos"].basePath]).toEqual([
      "/api/v2",
      "/api",
      "",
    ]);
  });

  it("routeMethods: the methods of every operation on a path (what a CORS preflight may allow), none off the spec", () => {
    expect(routeMethods(ROUTES.auth0, "/api/v2/users/auth0%7C42/sessions")).toEqual(["GET", "DELETE"]);
    expect(routeMethods(ROUTES.auth0, "/api/v2/sessions/s-1/revoke")).toEqual(["POST"]);
    expect(routeMethods(ROUTES.zitadel, "/v2/sessions/search")).toEqual(["POST", "GET", "DELETE"]);
    expect(routeMethods(ROUTES.monocloud, "/api/users/u/session")).toEqual([]);
    expect(routeMethods(ROUTES.auth0, "/users/u/sessions")).toEqual([]);
  });
});
