import {
  forOperation,
  goneOn404,
  type PathParamsAs,
  type RevokeResult,
  sendRequest,
} from "@idp-sessions/core/internal";
import { MONOCLOUD, type MonoCloudClient } from "./client.js";
import { monoCloudErrors } from "./errors.js";
import { revokeUserSession as operation } from "./generated/operations.gen.js";
import { sessionPath } from "./session-path.js";
import type { operations } from "./types.js";

type PathOptions = typeof operation.pathOptions;
type SpecPath = operations["revokeUserSession"]["parameters"]["path"];

/** The user and the session to revoke, under their option names (`user_id` is `userId`, `session_id` `sessionId`). */
export type MonoCloudRevokeSessionParams = PathParamsAs<PathOptions, SpecPath>;

export interface MonoCloudRevokeSessionOptions {
  signal?: AbortSignal | undefined;
}

/**
 * Revokes one session (`DELETE /users/{user_id}/sessions/{session_id}`, a Pro plan feature): 204 is
 * `revoked`; 404 is `alreadyGone`. MonoCloud's 404 covers a session already revoked or expired, an
 * unknown one, and an unknown user alike (its status does not tell them apart).
 */
export async function revokeSession(
  client: MonoCloudClient,
  params: MonoCloudRevokeSessionParams,
  options: MonoCloudRevokeSessionOptions = {},
): Promise<RevokeResult> {
  const { context, options: policy } = forOperation(client, MONOCLOUD, operation);
  const path = sessionPath(context, operation, params);
  const outcome = await goneOn404(() =>
    sendRequest(context, monoCloudErrors, () =>
      client.DELETE(operation.path, { params: { path }, signal: options.signal, ...policy }),
    ),
  );
  return { sessionId: path.session_id, outcome };
}
