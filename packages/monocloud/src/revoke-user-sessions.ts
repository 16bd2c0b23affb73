import {
  checkPathParam,
  forOperation,
  listedIds,
  type PathParamsAs,
  type RevokeOptions,
  type RevokeReport,
  revokeAll,
} from "@idp-sessions/core/internal";
import { MONOCLOUD, type MonoCloudClient } from "./client.js";
import { getUserSessions, revokeUserSession } from "./generated/operations.gen.js";
import { listSessions } from "./list-sessions.js";
import { revokeSession } from "./revoke-session.js";
import type { operations } from "./types.js";

type PathOptions = typeof getUserSessions.pathOptions;
type SpecPath = operations["getUserSessions"]["parameters"]["path"];

/** The user whose sessions to revoke, under its option name (`user_id` is `userId`). */
export type MonoCloudUserParams = PathParamsAs<PathOptions, SpecPath>;

/**
 * Revokes every active session of one user and reports each. MonoCloud has no call that revokes them
 * all: every page of the listing is read first (page numbers shift as sessions go), then each session is
 * revoked (`DELETE /users/{user_id}/sessions/{session_id}`, `concurrency` at a time); a 404 is
 * `alreadyGone`. MonoCloud revokes synchronously, so the verification lists once.
 */
export async function revokeUserSessions(
  client: MonoCloudClient,
  params: MonoCloudUserParams,
  options: RevokeOptions = {},
): Promise<RevokeReport> {
  const { context } = forOperation(client, MONOCLOUD, revokeUserSession);
  const listContext = forOperation(client, MONOCLOUD, getUserSessions).context;
  const userId = checkPathParam(
    context,
    getUserSessions.pathOptions.user_id,
    params.userId,
    getUserSessions.parameters.user_id,
  );
  // The largest page MonoCloud takes (its 422 answers `size` "must be between 1 and 100", the spec's
  // example; the schema has no documented maximum): 10 times fewer listing requests than its default of 10.
  const pageSize = 100;
  return revokeAll(
    {
      context,
      method: "revoke",
      // Every listed session (MonoCloud lists the active ones), not filtered by this machine's clock: a
      // clock running ahead must not leave a live session out; revoking one that just expired is a 404,
      // reported as already gone.
      listActive: (signal) =>
        listedIds(
          listContext,
          listSessions(client, { userId }, { pageSize, signal }),
          getUserSessions.items,
          getUserSessions.id,
        ),
      revokeOne: async (sessionId, signal) => (await revokeSession(client, { userId, sessionId }, { signal })).outcome,
    },
    options,
  );
}
