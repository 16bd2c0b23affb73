import type { IdpSessionsError } from "../errors.js";

/** What became of one session asked to be revoked. */
export type RevokeOutcome = "revoked" | "alreadyGone";

/** The answer of `revokeSession`: the session and what became of it. */
export interface RevokeResult {
  readonly sessionId: string;
  /** `revoked` by this call, or `alreadyGone` (the provider said it no longer exists): both mean it is over. */
  readonly outcome: RevokeOutcome;
}

/** A session whose revocation failed, with the typed error that says why. */
export interface RevokeFailure {
  readonly sessionId: string;
  readonly error: IdpSessionsError;
}

/** The listing made after revoking, to prove nothing is left. */
export interface Verification {
  /** Every session of the user still active afterwards, including any the user started meanwhile. */
  readonly stillActive: readonly string[];
  /** Listings made: providers whose writes take effect later are listed again while sessions remain. */
  readonly attempts: number;
  /** Set when a verification listing failed: then `stillActive` is what the last good listing showed. */
  readonly error?: IdpSessionsError | undefined;
}

/** What `revokeUserSessions` did. Every session in `found` is in exactly one of revoked, alreadyGone, failed. */
export interface RevokeReport {
  readonly provider: string;
  /** True when nothing was revoked on purpose: `found` is what would have been. */
  readonly dryRun: boolean;
  /** How the provider was asked to end the sessions (the provider package's `method` option). */
  readonly method: string;
  /** The user's active sessions found before revoking, by id. */
  readonly found: readonly string[];
  readonly revoked: readonly string[];
  readonly alreadyGone: readonly string[];
  readonly failed: readonly RevokeFailure[];
  /** The verification listing; null when skipped (`verify: false`, or a dry run). */
  readonly verification: Verification | null;
  /**
   * True when every found session was revoked or already gone and the verification, when made, found no
   * session left and did not fail. A dry run is complete only when there was nothing to revoke.
   */
  readonly complete: boolean;
}

/** Options of every `revokeUserSessions`. */
export interface RevokeOptions {
  /** Stops the run: requests in flight are aborted and an APIUserAbortError is thrown. */
  signal?: AbortSignal | undefined;
  /**
   * Revoking requests in flight at once where sessions are revoked one by one: an integer from 1 to
   * MAX_REVOKE_CONCURRENCY (default DEFAULT_REVOKE_CONCURRENCY). Each request still honours 429s.
   */
  concurrency?: number | undefined;
  /** List what would be revoked and send no revoking request. */
  dryRun?: boolean | undefined;
  /** List again afterwards and name every session still active (default true). */
  verify?: boolean | undefined;
}

/**
 * Revoking requests in flight by default, chosen from `pnpm bench`'s revocation figures (bench/results.md):
 * with latency, each doubling of concurrency still nearly halves the time up to 16 or 32, so rate limits set
 * the default. At a 100 ms round trip, 4 in flight send about 40 requests a second: under the 50 a second of
 * Auth0's production Management API and of ZITADEL Cloud (lower plans are slower still; 429s are honoured).
 */
export const DEFAULT_REVOKE_CONCURRENCY = 4;
export const MAX_REVOKE_CONCURRENCY = 32;
