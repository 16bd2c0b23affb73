import type { ServerResponse } from "node:http";
import { ROUTES } from "../../generated/routes.gen.js";
import { header, type MockRequest } from "../../http.js";
import type { ProviderContext, ProviderMock } from "../../provider.js";
import type { RevokeState } from "../../revoke-state.js";
import { matchRoute } from "../../route.js";
import { auth0ErrorBody } from "./errors.js";
import { listUserSessions } from "./list.js";
import { deleteSession, deleteUserSessions, getSession, missingScope, revokeSession } from "./sessions.js";
import { auth0Tenant, type Scope } from "./tenant.js";

/** The scopes each operation needs (Auth0's OpenAPI document: revoke needs both delete scopes). */
const NEEDS: Record<string, readonly Scope[]> = {
  getUserSessions: ["read:sessions"],
  getSession: ["read:sessions"],
  deleteSession: ["delete:sessions"],
  deleteUserSessions: ["delete:sessions"],
  revokeSession: ["delete:sessions", "delete:refresh_tokens"],
};

/**
 * Auth0 Management API v2: list a user's sessions (`from`/`take`), get, delete and revoke one, delete all
 * of a user's; bearer tokens with scopes. Deletions are accepted (202) and, with `listedForMs`, seen late.
 */
export function auth0Mock(context: ProviderContext, state: RevokeState): ProviderMock {
  const tenant = auth0Tenant(context, state);
  return {
    basePath: ROUTES.auth0.basePath,
    credentials: { token: tenant.token },
    readOnlyCredentials: { token: tenant.readOnlyToken },
    users: tenant.users,
    errorBody: auth0ErrorBody,
    handle(request: MockRequest, res: ServerResponse) {
      const route = matchRoute(ROUTES.auth0, request.method, request.rawPath);
      // An unknown route (or method) is a 404 without errorCode.
      if (!("operation" in route)) return tenant.fail(res, 404, "Not Found", "");
      const granted = tenant.scopesOf(header(request, "authorization"));
      if (!granted) return tenant.fail(res, 401, "Invalid token");
      if (missingScope(tenant, res, granted, NEEDS[route.operation] ?? [])) return;
      const { id = "", user_id: userId = "" } = route.params;
      switch (route.operation) {
        case "getUserSessions":
          return listUserSessions(tenant, request, res, userId);
        case "deleteUserSessions":
          return deleteUserSessions(tenant, res, userId);
        case "getSession":
          return getSession(tenant, res, id);
        case "deleteSession":
          return deleteSession(tenant, res, id);
        default:
          return revokeSession(tenant, res, id);
      }
    },
  };
}
