import {
  EVENTUALLY_CONSISTENT,
  forOperation,
  listedIds,
  type RevokeOptions,
  type RevokeReport,
  revokeAll,
} from "@idp-sessions/core/internal";
import { ZITADEL, type ZitadelClient } from "./client.js";
import { deleteSession, listSessions as listing } from "./generated/operations.gen.js";
import { getSession, isSessionGone } from "./get-session.js";
import { listSessions } from "./list-sessions.js";
import { checkUserId, terminateSession, type ZitadelUserParams } from "./revoke-session.js";
import type { ZitadelSession } from "./types.js";

/**
 * Terminates every active session of one user: the `userIdQuery` search, then one `DELETE
 * /v2/sessions/{session_id}` per session, `concurrency` at a time (ZITADEL has no revoke-all). Every
 * session the search returns is revoked, expired ones included (the search keeps them until they are
 * terminated, and this machine's clock is no judge of the provider's). A listed session is reported
 * `revoked` (the DELETE's 200 cannot say more; listed means it existed a moment ago). Needs `session.read`
 * (the search and the verification's GETs) and `session.delete`.
 */
export async function revokeUserSessions(
  client: ZitadelClient,
  params: ZitadelUserParams,
  options: RevokeOptions = {},
): Promise<RevokeReport> {
  const { context } = forOperation(client, ZITADEL, deleteSession);
  const userId = checkUserId(context, params.userId);
  return revokeAll(
    {
      context,
      method: "delete",
      // Every listed session, expired ones too (the search keeps them until terminated): not filtered by
      // this machine's clock, so that a clock running ahead cannot leave a live session out.
      listActive: (signal) =>
        listedIds(
          forOperation(client, ZITADEL, listing).context,
          listSessions(client, { userId }, { signal }),
          listing.items,
          listing.id,
        ),
      revokeOne: async (sessionId, signal) => {
        await terminateSession(client, sessionId, signal);
        return "revoked";
      },
      // A survivor of the search is asked for with GET, which is up to date: 404 `QUERY-SFeaa` is gone.
      confirmActive: async (sessionId, signal) => {
        try {
          return !expired(await getSession(client, { sessionId }, { signal }), Date.now());
        } catch (error) {
          if (isSessionGone(error)) return false;
          throw error;
        }
      },
      // The search is eventually consistent (it does not bring its projection up to date, GetSession does):
      // a session terminated a moment ago can still be listed, so the verification lists again a while.
      ...EVENTUALLY_CONSISTENT,
    },
    options,
  );
}

/** Past its `expirationDate`; a session without one (or with one that does not parse) has not expired. */
function expired(session: ZitadelSession, now: number): boolean {
  const at = session.expirationDate === undefined ? Number.NaN : Date.parse(session.expirationDate);
  return at <= now;
}
