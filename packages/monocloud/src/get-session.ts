import { forOperation, type PathParamsAs, sendRequest, sessionAt } from "@idp-sessions/core/internal";
import { MONOCLOUD, type MonoCloudClient } from "./client.js";
import { monoCloudErrors } from "./errors.js";
import { findUserSession as operation } from "./generated/operations.gen.js";
import { sessionPath } from "./session-path.js";
import type { MonoCloudSession, operations } from "./types.js";

type PathOptions = typeof operation.pathOptions;
type SpecPath = operations["findUserSession"]["parameters"]["path"];

/** The user and the session to get, under their option names (`user_id` is `userId`, `session_id` `sessionId`). */
export type MonoCloudGetSessionParams = PathParamsAs<PathOptions, SpecPath>;

/**
 * One active session of a user (`GET /users/{user_id}/sessions/{session_id}`, a Pro plan feature). A
 * revoked, expired or unknown session, or an unknown user, is a NotFoundError: MonoCloud keeps only
 * active sessions, and its 404 does not say which of these it was.
 */
export async function getSession(
  client: MonoCloudClient,
  params: MonoCloudGetSessionParams,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<MonoCloudSession> {
  const { context, options: policy } = forOperation(client, MONOCLOUD, operation);
  const path = sessionPath(context, operation, params);
  const { data } = await sendRequest(context, monoCloudErrors, () =>
    client.GET(operation.path, { params: { path }, signal: options.signal, ...policy }),
  );
  return sessionAt<MonoCloudSession>(context, operation.session, data, {
    path: operation.id,
    expected: path.session_id,
  });
}
