import {
  checkChoice,
  checkPathParam,
  forOperation,
  goneOn404,
  type PathParamsAs,
  type RevokeResult,
  sendRequest,
} from "@idp-sessions/core/internal";
import { AUTH0, type Auth0Client } from "./client.js";
import { auth0Errors } from "./errors.js";
import { deleteSession, revokeSession as revokeOperation } from "./generated/operations.gen.js";
import type { operations } from "./types.js";

/**
 * How Auth0 is asked to end a session: `revoke` (the default) deletes it and revokes every refresh token
 * issued in it; `delete` ends only the session, and its refresh tokens keep working.
 */
export type Auth0RevokeMethod = "revoke" | "delete";
export const AUTH0_REVOKE_METHODS = ["revoke", "delete"] as const satisfies readonly Auth0RevokeMethod[];

type PathOptions = typeof revokeOperation.pathOptions;
type SpecPath = operations["revokeSession"]["parameters"]["path"];

/** The session to revoke, under its option name (the path's `id` is `sessionId`). */
export type Auth0RevokeSessionParams = PathParamsAs<PathOptions, SpecPath>;

export interface Auth0RevokeSessionOptions {
  method?: Auth0RevokeMethod | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Ends one session. `revoke`: `POST /sessions/{id}/revoke` (scopes `delete:sessions` and
 * `delete:refresh_tokens`); its 404 ("The session does not exist.") is `alreadyGone`. `delete`:
 * `DELETE /sessions/{id}` (scope `delete:sessions`), which Auth0 answers 202 even for a session that is
 * gone, so its outcome is always `revoked`. Both are accepted asynchronously (202).
 */
export async function revokeSession(
  client: Auth0Client,
  params: Auth0RevokeSessionParams,
  options: Auth0RevokeSessionOptions = {},
): Promise<RevokeResult> {
  const method = checkChoice(AUTH0, "method", options.method, AUTH0_REVOKE_METHODS);
  const operation = method === "revoke" ? revokeOperation : deleteSession;
  const { context, options: policy } = forOperation(client, AUTH0, operation);
  const id = checkPathParam(context, "sessionId", params.sessionId, operation.parameters.id);
  const init = { params: { path: { id } }, signal: options.signal, ...policy };
  const outcome = await goneOn404(() =>
    sendRequest(context, auth0Errors, () =>
      method === "revoke" ? client.POST(revokeOperation.path, init) : client.DELETE(deleteSession.path, init),
    ),
  );
  return { sessionId: id, outcome };
}
