import {
  AuthenticationError,
  type IdpSessionsError,
  PermissionDeniedError,
  type RevokeOptions,
  type RevokeOutcome,
  type RevokeReport,
  revokeAll,
  typedError,
} from "@idp-sessions/core/internal";
import { batchDeleter, type HuaweiIdentityCenterUserParams, refusedIds } from "./batch-delete.js";
import type { HuaweiIdentityCenterClient } from "./client.js";

/**
 * Ids per batch delete. Huawei documents no maximum for `session_ids`; a user's portal sessions come in one
 * unpaginated listing and are few, so one request is the normal case. 100 keeps a body small (a few KB) for
 * any gateway limit and bounds what one refused request leaves to be settled by listing again.
 */
const CHUNK_SIZE = 100;

/**
 * Deletes every login session (user portal session) of one user: lists them, then sends their ids to
 * `POST .../sessions/batch-delete`, up to 100 per request, one request after another (`concurrency` does
 * not apply: there is no per-session call). A 200 revokes the request's ids. A 400 or 404 is settled by
 * listing again: an id no longer listed is `alreadyGone`, one still listed fails with that error. A 401 or
 * 403 stops the run: the ids not yet sent fail with it. The verification lists once more.
 */
export async function revokeUserSessions(
  client: HuaweiIdentityCenterClient,
  params: HuaweiIdentityCenterUserParams,
  options: RevokeOptions = {},
): Promise<RevokeReport> {
  const deleter = batchDeleter(client, params);
  const revokeMany = async (ids: readonly string[], signal: AbortSignal) => {
    const outcomes = new Map<string, RevokeOutcome | IdpSessionsError>();
    let refused: IdpSessionsError | undefined;
    for (let start = 0; start < ids.length; start += CHUNK_SIZE) {
      const chunk = ids.slice(start, start + CHUNK_SIZE);
      if (refused) {
        for (const id of chunk) outcomes.set(id, refused);
        continue;
      }
      try {
        await deleter.send(deleter.bodyOf(chunk), signal);
        for (const id of chunk) outcomes.set(id, "revoked");
      } catch (cause) {
        if (signal.aborted) throw cause;
        // Whatever failed, the chunks already deleted keep their outcome; this chunk's ids get the error.
        const error = typedError(deleter.context, cause);
        if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) refused = error;
        // A 400/404 may mean some ids were gone already: list again (a listing that fails too leaves the
        // chunk failed with the batch delete's error).
        const listed = refusedIds(error)
          ? new Set(
              await deleter.listed(signal).catch((cause: unknown) => {
                if (signal.aborted) throw cause;
                return chunk;
              }),
            )
          : new Set(chunk);
        for (const id of chunk) outcomes.set(id, listed.has(id) ? error : "alreadyGone");
      }
    }
    return outcomes;
  };
  return revokeAll({ context: deleter.context, method: "delete", listActive: deleter.listed, revokeMany }, options);
}
