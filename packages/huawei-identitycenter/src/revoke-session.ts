import type { RevokeResult } from "@idp-sessions/core/internal";
import {
  batchDeleter,
  type HuaweiIdentityCenterSessionId,
  type HuaweiIdentityCenterUserParams,
  refusedIds,
} from "./batch-delete.js";
import type { HuaweiIdentityCenterClient } from "./client.js";

/** The session to revoke and the user it belongs to (the batch delete's path names the user). */
export type HuaweiIdentityCenterRevokeSessionParams = HuaweiIdentityCenterUserParams & {
  sessionId: HuaweiIdentityCenterSessionId;
};

export interface HuaweiIdentityCenterRevokeSessionOptions {
  signal?: AbortSignal | undefined;
}

/**
 * Deletes one login session (user portal session) of one user. Huawei has no single-session call and its
 * batch delete answers a bare 200, so the user's sessions are listed first: a session not listed is
 * `alreadyGone` and nothing is sent; otherwise `POST .../sessions/batch-delete` with `{session_ids: [id]}`
 * deletes it (`revoked`). A 400 or 404 of that call is settled by listing again: gone → `alreadyGone`,
 * still listed → the typed error is thrown. Needs `IdentityCenter:user:listSessions` and
 * `IdentityCenter:user:batchDeleteSession`.
 */
export async function revokeSession(
  client: HuaweiIdentityCenterClient,
  params: HuaweiIdentityCenterRevokeSessionParams,
  options: HuaweiIdentityCenterRevokeSessionOptions = {},
): Promise<RevokeResult> {
  const { signal } = options;
  const deleter = batchDeleter(client, params);
  const body = deleter.bodyOf([params.sessionId]);
  const sessionId = params.sessionId;
  if (!(await deleter.listed(signal)).includes(sessionId)) return { sessionId, outcome: "alreadyGone" };
  try {
    await deleter.send(body, signal);
  } catch (error) {
    if (refusedIds(error) && !(await deleter.listed(signal)).includes(sessionId)) {
      return { sessionId, outcome: "alreadyGone" };
    }
    throw error;
  }
  return { sessionId, outcome: "revoked" };
}
