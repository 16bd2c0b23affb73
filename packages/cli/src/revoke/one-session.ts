import { setTimeout as sleep } from "node:timers/promises";
import {
  APIUserAbortError,
  ConfigurationError,
  IdpSessionsError,
  type RevokeReport,
  type Verification,
} from "@idp-sessions/core";
import { revokeSessionAt, revokeUserSessionsAt } from "@idp-sessions/signout";
import type { Target } from "./target.js";

/** Listings the check afterwards makes while the session is still listed (Auth0 and ZITADEL write asynchronously). */
const VERIFY_ATTEMPTS = 3;
const VERIFY_DELAY_MS = 1000;

export interface OneSessionOptions {
  dryRun: boolean;
  verify: boolean;
  signal?: AbortSignal | undefined;
}

/** The user's active sessions as the provider package lists them (a dry run of its revokeUserSessions). */
function activeNow(target: Target, signal: AbortSignal | undefined): Promise<RevokeReport> {
  return revokeUserSessionsAt(target.identity, { dryRun: true, signal });
}

/**
 * One session, in the shape of a RevokeReport. The user's active sessions are listed first (which also
 * names the provider's method), and `found` is the session when it is among them, else empty: a session
 * the user's listing does not show (gone already, or another user's) is never sent, since Auth0's and
 * Kratos' revoke take the session id alone and would end it whoever it belongs to. Then revoked,
 * alreadyGone or failed; the verification lists again, up to 3 times a second apart while it is listed.
 */
export async function revokeOneSession(
  target: Target,
  sessionId: string,
  options: OneSessionOptions,
): Promise<RevokeReport> {
  const { signal } = options;
  const plan = await activeNow(target, signal);
  // The listing's method is the identity's: --method where the provider's revokeSession takes one (see methods.ts).
  const base = {
    provider: plan.provider,
    method: plan.method,
    revoked: [],
    alreadyGone: [],
    failed: [],
    verification: null,
  };
  const found = plan.found.filter((id) => id === sessionId);
  // As a dry run of all sessions: complete only when there is nothing to revoke.
  if (options.dryRun) return { ...base, dryRun: true, found, complete: found.length === 0 };
  if (found.length === 0) return { ...base, dryRun: false, found, complete: true };
  const report = { ...base, dryRun: false, found };
  let done: RevokeReport;
  try {
    const { outcome } = await revokeSessionAt(target.identity, sessionId, { signal });
    done = {
      ...report,
      ...(outcome === "revoked" ? { revoked: [sessionId] } : { alreadyGone: [sessionId] }),
      complete: true,
    };
  } catch (error) {
    if (error instanceof APIUserAbortError || error instanceof ConfigurationError) throw error;
    if (!(error instanceof IdpSessionsError)) throw error;
    return { ...report, failed: [{ sessionId, error }], complete: false };
  }
  if (!options.verify) return done;
  const verification = await verify(target, sessionId, signal);
  const left = verification.stillActive.length > 0 || verification.error !== undefined;
  return { ...done, verification, complete: !left };
}

async function verify(target: Target, sessionId: string, signal: AbortSignal | undefined): Promise<Verification> {
  for (let attempts = 1; ; attempts++) {
    try {
      const stillActive = (await activeNow(target, signal)).found.filter((id) => id === sessionId);
      if (stillActive.length === 0 || attempts === VERIFY_ATTEMPTS) return { stillActive, attempts };
    } catch (error) {
      if (error instanceof APIUserAbortError || !(error instanceof IdpSessionsError)) throw error;
      return { stillActive: [], attempts, error };
    }
    await sleep(VERIFY_DELAY_MS, undefined, { signal });
  }
}
