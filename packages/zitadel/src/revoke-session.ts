import {
  type ClientContext,
  ConfigurationError,
  checkPathParam,
  forOperation,
  type PathParamsAs,
  type RevokeResult,
  sendRequest,
} from "@idp-sessions/core/internal";
import { ZITADEL, type ZitadelClient } from "./client.js";
import { zitadelErrors } from "./errors.js";
import { deleteSession } from "./generated/operations.gen.js";
import { getSession, isSessionGone } from "./get-session.js";
import type { ZitadelListParams } from "./list-sessions.js";
import type { operations } from "./types.js";

/** The user whose sessions to revoke: the listing's `userId` (no ZITADEL session path names a user). */
export type ZitadelUserParams = Pick<ZitadelListParams, "userId">;

type PathOptions = typeof deleteSession.pathOptions;
type SpecPath = operations["deleteSession"]["parameters"]["path"];

/** The session to revoke (the path's `session_id` is `sessionId`) and the user it must belong to. */
export type ZitadelRevokeSessionParams = ZitadelUserParams & PathParamsAs<PathOptions, SpecPath>;

export interface ZitadelRevokeSessionOptions {
  signal?: AbortSignal | undefined;
}

/**
 * Terminates one session of one user. ZITADEL's `DELETE /v2/sessions/{session_id}` answers 200 whether it
 * terminated the session now, earlier, or never knew it, so the session is read first
 * (`GET /v2/sessions/{session_id}`): a 404 `QUERY-SFeaa` is `alreadyGone` and nothing is deleted; a session
 * of another user (its `factors.user.id` is not `userId`) is a ConfigurationError and nothing is deleted
 * (this is why `userId` is taken); otherwise the DELETE terminates it: `revoked`. Needs `session.read` and
 * `session.delete`. Any other answer, a 404 of the DELETE included, is thrown as the typed error.
 */
export async function revokeSession(
  client: ZitadelClient,
  params: ZitadelRevokeSessionParams,
  options: ZitadelRevokeSessionOptions = {},
): Promise<RevokeResult> {
  const { context } = forOperation(client, ZITADEL, deleteSession);
  const userId = checkUserId(context, params.userId);
  const sessionId = checkPathParam(context, "sessionId", params.sessionId, deleteSession.parameters.session_id);
  let owner: string | undefined;
  try {
    owner = (await getSession(client, { sessionId }, options)).factors?.user?.id;
  } catch (error) {
    if (isSessionGone(error)) return { sessionId, outcome: "alreadyGone" };
    throw error;
  }
  if (owner !== userId) {
    throw new ConfigurationError(
      context,
      `session ${sessionId} is not a session of user ${userId} (${owner === undefined ? "it has no user" : "another user's"}); nothing was revoked`,
    );
  }
  await terminateSession(client, sessionId, options.signal);
  return { sessionId, outcome: "revoked" };
}

/** The `userId` every revoking function takes: checked as the listing checks it, before any request. */
export function checkUserId(context: ClientContext, userId: unknown): string {
  if (typeof userId !== "string" || userId.length === 0) {
    throw new ConfigurationError(context, "userId must be a non-empty string");
  }
  return userId;
}

/** `DELETE /v2/sessions/{session_id}` without a body (the caller's `session.delete` stands in for the token). */
export async function terminateSession(
  client: ZitadelClient,
  sessionId: string,
  signal: AbortSignal | undefined,
): Promise<void> {
  const { context, options: policy } = forOperation(client, ZITADEL, deleteSession);
  await sendRequest(context, zitadelErrors, () =>
    client.DELETE(deleteSession.path, { params: { path: { session_id: sessionId } }, signal, ...policy }),
  );
}
