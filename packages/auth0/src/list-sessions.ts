import {
  checkPageSize,
  checkPathParam,
  clientContext,
  expectArray,
  expectObject,
  jsonType,
  type ListOptions,
  nextBodyCursor,
  paginate,
  ResponseValidationError,
  type SessionList,
  sendRequest,
} from "@idp-sessions/core";
import { AUTH0, type Auth0Client } from "./client.js";
import { auth0Errors } from "./errors.js";
import { OPERATIONS } from "./generated/operations.gen.js";
import type { Auth0Session } from "./types.js";

export interface Auth0ListParams {
  /** The user's id, e.g. `auth0|64f1c2a9e3b7d8f0a1b2c3d4`. */
  userId: string;
}

const { parameters } = OPERATIONS.getUserSessions;

/**
 * Every session of one user, following Auth0's `next` cursor (`from`) until it is missing, null or empty
 * (or a page is empty or has no `sessions`). `pageSize` is Auth0's `take` (1..100 in the spec, default 50). A session is
 * identified by its `id`.
 */
export function listSessions(
  client: Auth0Client,
  params: Auth0ListParams,
  options: ListOptions = {},
): SessionList<Auth0Session> {
  const context = clientContext(client, AUTH0);
  const userId = checkPathParam(context, "userId", params.userId, parameters.user_id);
  const take = checkPageSize(context, parameters.take, options.pageSize);
  return paginate<Auth0Session, string>(
    context,
    async (from, signal) => {
      const { data, response } = await sendRequest(context, auth0Errors, () =>
        client.GET("/users/{user_id}/sessions", {
          params: { path: { user_id: userId }, query: { take, from } },
          signal,
        }),
      );
      const body = expectObject(context, data, "");
      // Auth0's schema and SDK make `sessions` optional: a page without it has no sessions.
      const items = (
        body.sessions === undefined ? [] : expectArray(context, body.sessions, "/sessions")
      ) as Auth0Session[];
      const next = body.next;
      if (next !== undefined && next !== null && typeof next !== "string") {
        throw new ResponseValidationError(context, {
          pointer: "/next",
          expected: "string or null",
          actual: jsonType(next),
        });
      }
      return { items, next: nextBodyCursor(next), response };
    },
    { ...options, idOf: (session) => session.id },
  );
}
