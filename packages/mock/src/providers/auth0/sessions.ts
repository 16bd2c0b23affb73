import type { ServerResponse } from "node:http";
import { validationError } from "./errors.js";
import type { Auth0Tenant, Scope } from "./tenant.js";

const NO_SESSION = "The session does not exist.";
const MAX_REVOKE_ID = 50;

/** Auth0's 403 for a token without a scope the operation needs (naming the first one missing), or undefined. */
export function missingScope(
  tenant: Auth0Tenant,
  res: ServerResponse,
  granted: readonly Scope[],
  needed: readonly Scope[],
): true | undefined {
  const missing = needed.find((scope) => !granted.includes(scope));
  if (missing === undefined) return undefined;
  tenant.fail(res, 403, `Insufficient scope, expected any of: ${missing}`);
  return true;
}

/** The id of a session the tenant still shows, or undefined (never existed, deleted, revoked). */
const shownSession = (tenant: Auth0Tenant, id: string) => {
  const found = tenant.sessions.find(id);
  return found && tenant.shown(id) ? found : undefined;
};

/** `GET /sessions/{id}`: the session, or 404 once it is deleted (late with `listedForMs`). */
export function getSession(tenant: Auth0Tenant, res: ServerResponse, id: string) {
  const found = shownSession(tenant, id);
  if (!found) return tenant.fail(res, 404, NO_SESSION, "");
  tenant.json(res, tenant.session(found.user, found.index));
}

/** `DELETE /sessions/{id}`: 202 `{}`, also for an unknown or already deleted id (refresh tokens are kept). */
export function deleteSession(tenant: Auth0Tenant, res: ServerResponse, id: string) {
  const status = tenant.state.failure([id]);
  if (status !== undefined) return tenant.fail(res, status);
  if (shownSession(tenant, id)) tenant.state.revoke([id], "deleted", true);
  tenant.accepted(res);
}

/** `POST /sessions/{id}/revoke`: 202, 404 for an unknown or revoked session, 400 for an id over 50 characters. */
export function revokeSession(tenant: Auth0Tenant, res: ServerResponse, id: string) {
  if (id.length > MAX_REVOKE_ID) {
    const reason = `String is too long (${id.length} chars), maximum ${MAX_REVOKE_ID}`;
    return tenant.fail(res, 400, validationError("Path", reason, "id", "ID of the session to revoke."), "invalid_uri");
  }
  const status = tenant.state.failure([id]);
  if (status !== undefined) return tenant.fail(res, status);
  if (!shownSession(tenant, id)) return tenant.fail(res, 404, NO_SESSION, "");
  tenant.state.revoke([id], "revoked", true);
  tenant.accepted(res);
}

/** `DELETE /users/{user_id}/sessions`: 202 even without sessions, 404 `inexistent_user` for an unknown user. */
export function deleteUserSessions(tenant: Auth0Tenant, res: ServerResponse, userId: string) {
  const user = tenant.users.findIndex((u) => u.userId === userId);
  if (user === -1) return tenant.fail(res, 404, "The user does not exist.");
  const ids = tenant.sessions.idsOf(user).filter((id) => tenant.shown(id));
  const status = tenant.state.failure(ids);
  if (status !== undefined) return tenant.fail(res, status);
  tenant.state.revoke(ids, "deleted", true);
  tenant.accepted(res);
}
