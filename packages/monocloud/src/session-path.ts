import { checkPathParam, type ErrorContext } from "@idp-sessions/core/internal";
import type { findUserSession, revokeUserSession } from "./generated/operations.gen.js";

/**
 * The path of one session of a user (`/users/{user_id}/sessions/{session_id}`, shared by getting and
 * revoking it), each id checked against the operation's spec under its option name.
 */
export function sessionPath(
  context: ErrorContext,
  operation: typeof findUserSession | typeof revokeUserSession,
  params: { readonly userId: unknown; readonly sessionId: unknown },
): { user_id: string; session_id: string } {
  const { parameters, pathOptions } = operation;
  return {
    user_id: checkPathParam(context, pathOptions.user_id, params.userId, parameters.user_id),
    session_id: checkPathParam(context, pathOptions.session_id, params.sessionId, parameters.session_id),
  };
}
