import type { ServerResponse } from "node:http";
import { sendJson } from "../../http.js";
import { type ProviderContext, userSessions } from "../../provider.js";
import type { RevokeState } from "../../revoke-state.js";
import type { SessionIndex } from "../../session-index.js";
import { render } from "./render.js";

/** What the single-session operations need of the fake tenant. */
export interface MonoCloudTenant {
  context: ProviderContext;
  state: RevokeState;
  sessions: SessionIndex;
  users: { userId: string }[];
  fail(res: ServerResponse, status: number, detail?: string): void;
}

/** The user's index and the session's, or why not: an unknown user, or a session not theirs or revoked. */
function lookUp(tenant: MonoCloudTenant, res: ServerResponse, userId: string, sessionId: string) {
  const user = tenant.users.findIndex((u) => u.userId === userId);
  if (user === -1) return tenant.fail(res, 404, "User not found.");
  const index = tenant.sessions.indexOf(user, sessionId);
  if (index === -1 || tenant.state.how(sessionId)) return tenant.fail(res, 404, "Session not found.");
  return { user, index };
}

/** `GET /users/{user_id}/sessions/{session_id}`: the session, or 404 once revoked. */
export function findUserSession(tenant: MonoCloudTenant, res: ServerResponse, userId: string, sessionId: string) {
  const found = lookUp(tenant, res, userId, sessionId);
  if (found) sendJson(res, 200, render(userSessions(tenant.context, "monocloud", found.user).at(found.index)));
}

/** `DELETE /users/{user_id}/sessions/{session_id}`: 204 without a body; 404 when unknown or already revoked. */
export function revokeUserSession(tenant: MonoCloudTenant, res: ServerResponse, userId: string, sessionId: string) {
  const status = tenant.state.failure([sessionId]);
  if (status !== undefined) return tenant.fail(res, status);
  if (!lookUp(tenant, res, userId, sessionId)) return;
  tenant.state.revoke([sessionId]);
  res.writeHead(204);
  res.end();
}
