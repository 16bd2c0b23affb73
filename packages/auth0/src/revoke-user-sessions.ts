import {
  checkChoice,
  checkPathParam,
  EVENTUALLY_CONSISTENT,
  forOperation,
  listedIds,
  type PathParamsAs,
  type RevokeOptions,
  type RevokeOutcome,
  type RevokeReport,
  revokeAll,
  sendRequest,
} from "@idp-sessions/core/internal";
import { AUTH0, type Auth0Client } from "./client.js";
import { auth0Errors } from "./errors.js";
import { deleteUserSessions, getUserSessions, revokeSession as revokeOperation } from "./generated/operations.gen.js";
import { listSessions } from "./list-sessions.js";
import { AUTH0_REVOKE_METHODS, type Auth0RevokeMethod, revokeSession } from "./revoke-session.js";
import type { operations } from "./types.js";

type PathOptions = typeof deleteUserSessions.pathOptions;
type SpecPath = operations["deleteUserSessions"]["parameters"]["path"];

/** The user whose sessions to revoke, under its option name (`user_id` is `userId`). */
export type Auth0UserParams = PathParamsAs<PathOptions, SpecPath>;

export interface Auth0RevokeUserSessionsOptions extends RevokeOptions {
  /**
   * `revoke` (default): each listed session is revoked with its refresh tokens (`POST
   * /sessions/{id}/revoke`, `concurrency` at a time). `delete`: one `DELETE /users/{user_id}/sessions`,
   * which ends every session of the user (also one started after the listing) and keeps refresh tokens.
   */
  method?: Auth0RevokeMethod | undefined;
}

/** Revokes every session of one user and reports each; see Auth0RevokeUserSessionsOptions for how. */
export async function revokeUserSessions(
  client: Auth0Client,
  params: Auth0UserParams,
  options: Auth0RevokeUserSessionsOptions = {},
): Promise<RevokeReport> {
  const method = checkChoice(AUTH0, "method", options.method, AUTH0_REVOKE_METHODS);
  const { context, options: policy } = forOperation(client, AUTH0, deleteUserSessions);
  const listContext = forOperation(client, AUTH0, getUserSessions).context;
  // The report's context names the operation that ends the sessions.
  const reportContext = method === "delete" ? context : forOperation(client, AUTH0, revokeOperation).context;
  const userId = checkPathParam(context, "userId", params.userId, deleteUserSessions.parameters.user_id);
  const revokeMany = async (ids: readonly string[], signal: AbortSignal) => {
    await sendRequest(context, auth0Errors, () =>
      client.DELETE(deleteUserSessions.path, { params: { path: { user_id: userId } }, signal, ...policy }),
    );
    return new Map(ids.map((id): [string, RevokeOutcome] => [id, "revoked"]));
  };
  return revokeAll(
    {
      context: reportContext,
      method,
      listActive: (signal) =>
        listedIds(
          listContext,
          listSessions(client, { userId }, { pageSize: getUserSessions.parameters.take.maximum, signal }),
          getUserSessions.items,
          getUserSessions.id,
        ),
      ...(method === "delete"
        ? { revokeMany }
        : {
            revokeOne: async (sessionId: string, signal: AbortSignal) =>
              (await revokeSession(client, { sessionId }, { method, signal })).outcome,
          }),
      // Auth0 accepts deletions asynchronously (202): the verification lists again while sessions remain.
      ...EVENTUALLY_CONSISTENT,
    },
    options,
  );
}
