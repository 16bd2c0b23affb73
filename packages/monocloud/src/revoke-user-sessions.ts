import {
  checkPathParam,
  forOperation,
  type RevokeOptions,
  type RevokeReport,
  revokeAll,
  sessionIds,
} from "@idp-sessions/core/internal";
import { MONOCLOUD, type MonoCloudClient } from "./client.js";
import { getUserSessions, revokeUserSession } from "./generated/operations.gen.js";
import { listSessions } from "./list-sessions.js";
import { revokeSession } from "./revoke-session.js";
import type { MonoCloudSession, operations } from "./types.js";

type PathOptions = typeof getUserSessions.pathOptions;
type SpecPath = operations["getUserSessions"]["parameters"]["path"];

/** The user whose sessions to revoke, under its option name (`user_id` is `userId`). */
export type MonoCloudUserParams = { [K in keyof PathOptions as PathOptions[K]]: SpecPath[K] };

/**
 * Active means not past its `expires_at` (epoch seconds). MonoCloud lists only active sessions, so this
 * only leaves out one the listing still shows after it expired: it is over, and revoking it would 404.
 * A session without a numeric `expires_at` counts as active (revoked rather than left alone).
 */
const activeAt = (now: number) => (session: MonoCloudSession) =>
  typeof session.expires_at !== "number" || session.expires_at * 1000 >= now;

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
  return revokeAll(
    {
      context,
      method: "revoke",
      listActive: async (signal) => {
        const listed = await listSessions(client, { userId }, { signal }).collect();
        return sessionIds(listContext, listed.filter(activeAt(Date.now())), getUserSessions.id);
      },
      revokeOne: async (sessionId, signal) => (await revokeSession(client, { userId, sessionId }, { signal })).outcome,
    },
    options,
  );
}
