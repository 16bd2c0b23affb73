import {
  type ClientContext,
  ConfigurationError,
  checkPathParam,
  forOperation,
  NotFoundError,
  type PathParamsAs,
  sendRequest,
  sessionAt,
} from "@idp-sessions/core/internal";
import { ZITADEL, type ZitadelClient } from "./client.js";
import { zitadelErrors } from "./errors.js";
import { getSession as operation } from "./generated/operations.gen.js";
import type { operations, ZitadelSession } from "./types.js";

type PathOptions = typeof operation.pathOptions;
type SpecParams = operations["getSession"]["parameters"];
type Query = NonNullable<SpecParams["query"]>;

/**
 * The session to get, under its option name (the path's `session_id` is `sessionId`), and the spec's
 * optional `sessionToken` query parameter: the session's current token, which stands in for `session.read`.
 */
export type ZitadelGetSessionParams = PathParamsAs<PathOptions, SpecParams["path"]> &
  Pick<Query, (typeof operation.passThrough)[number]>;

/**
 * One session by id (`GET /v2/sessions/{session_id}`, permission `session.read`, or its `sessionToken`).
 * A terminated or unknown session is a NotFoundError with `code` `QUERY-SFeaa`; an expired one is
 * returned (`expirationDate` in the past) until it is terminated. The `sessionToken` is a credential: it
 * is scrubbed from every error of this call.
 */
export async function getSession(
  client: ZitadelClient,
  params: ZitadelGetSessionParams,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<ZitadelSession> {
  const token = params.sessionToken;
  // The token is this call's own secret: every error of the call, the fetch's included, is scrubbed of it.
  const secrets = typeof token === "string" ? [token] : [];
  const { context, options: policy } = forOperation(client, ZITADEL, operation, secrets);
  const session_id = checkPathParam(context, "sessionId", params.sessionId, operation.parameters.session_id);
  const query = token === undefined ? {} : { sessionToken: checkSessionToken(context, token) };
  const { data } = await sendRequest(context, zitadelErrors, () =>
    client.GET(operation.path, { params: { path: { session_id }, query }, signal: options.signal, ...policy }),
  );
  return sessionAt<ZitadelSession>(context, operation.session, data, { path: operation.id, expected: session_id });
}

/** True for GetSession's "Session does not exist" (`QUERY-SFeaa`): never existed, or terminated. */
export function isSessionGone(error: unknown): boolean {
  return error instanceof NotFoundError && error.code === SESSION_NOT_EXISTING;
}

/**
 * The only 404 that says the session does not exist; another 404 (`AUTHZ-cdgFk`, the caller has no
 * membership; the router's) says nothing about the session.
 */
const SESSION_NOT_EXISTING = "QUERY-SFeaa";

/** The spec's bounds for the query parameter, checked without ever quoting the value. */
function checkSessionToken(context: ClientContext, token: unknown): string {
  const { minLength, maxLength } = operation.parameters.sessionToken;
  const length = typeof token === "string" ? [...token].length : -1;
  if (typeof token !== "string" || length < minLength || length > maxLength) {
    throw new ConfigurationError(
      context,
      `sessionToken (the spec's query parameter sessionToken) must be a string of ${minLength} to ${maxLength} characters`,
    );
  }
  return token;
}
