import { checkPathParam, forOperation, type PathParamsAs, sendRequest, sessionAt } from "@idp-sessions/core/internal";
import { AUTH0, type Auth0Client } from "./client.js";
import { auth0Errors } from "./errors.js";
import { getSession as operation } from "./generated/operations.gen.js";
import type { Auth0Session, operations } from "./types.js";

type PathOptions = typeof operation.pathOptions;
type SpecPath = operations["getSession"]["parameters"]["path"];

/** The session to get, under its option name (the path's `id` is `sessionId`). */
export type Auth0GetSessionParams = PathParamsAs<PathOptions, SpecPath>;

/**
 * One session by id (`GET /sessions/{id}`, scope `read:sessions`). A session that does not exist, has
 * expired or was revoked is a NotFoundError ("The session does not exist.").
 */
export async function getSession(
  client: Auth0Client,
  params: Auth0GetSessionParams,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<Auth0Session> {
  const { context, options: policy } = forOperation(client, AUTH0, operation);
  const id = checkPathParam(context, "sessionId", params.sessionId, operation.parameters.id);
  const { data } = await sendRequest(context, auth0Errors, () =>
    client.GET(operation.path, { params: { path: { id } }, signal: options.signal, ...policy }),
  );
  return sessionAt<Auth0Session>(context, operation.session, data, { path: operation.id, expected: id });
}
