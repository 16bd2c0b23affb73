import type { ClientContext } from "../client.js";
import type { IdpSessionsError } from "../errors.js";
import type { RevokeOutcome } from "./report.js";

/**
 * The verification of a provider whose revocations take effect a moment after their answer (Auth0's 202s,
 * ZITADEL's search projection): up to 3 listings, a second apart, while sessions remain.
 */
export const EVENTUALLY_CONSISTENT = { verifyAttempts: 3, verifyDelayMs: 1_000 } as const;

/** How one provider lists and revokes a user's sessions: what `revokeAll` drives. */
export interface Revoker {
  /** The client's context for the revoking operation (its errors name it). */
  readonly context: ClientContext;
  /** The report's `method`. */
  readonly method: string;
  /** The ids of the user's active sessions now. */
  listActive(signal: AbortSignal): Promise<readonly string[]>;
  /** Revokes one session: `alreadyGone` when the provider says it no longer exists; a typed error otherwise. */
  revokeOne?: ((sessionId: string, signal: AbortSignal) => Promise<RevokeOutcome>) | undefined;
  /**
   * Instead of revokeOne: the provider's bulk call for these ids, with each id's outcome or the typed error
   * that failed it (an id left out counts as failed). Throwing fails every id with that error.
   */
  revokeMany?:
    | ((
        sessionIds: readonly string[],
        signal: AbortSignal,
      ) => Promise<ReadonlyMap<string, RevokeOutcome | IdpSessionsError>>)
    | undefined;
  /** Asked about each session the verification listing shows: false when it is not active after all. */
  confirmActive?: ((sessionId: string, signal: AbortSignal) => Promise<boolean>) | undefined;
  /** Verification listings made at most while sessions remain (writes that take effect later), default 1. */
  readonly verifyAttempts?: number | undefined;
  /** Wait before each further verification listing, in ms (default 0). */
  readonly verifyDelayMs?: number | undefined;
}
