import { ConfigurationError } from "../errors.js";
import { shown } from "../pagination/page-size.js";
import { type Outcomes, revokeBulk, revokeEach } from "./each.js";
import {
  DEFAULT_REVOKE_CONCURRENCY,
  MAX_REVOKE_CONCURRENCY,
  type RevokeFailure,
  type RevokeOptions,
  type RevokeReport,
  type Verification,
} from "./report.js";
import type { Revoker } from "./revoker.js";
import { throwIfAborted, typedError, untilAborted } from "./typed-error.js";
import { unique, verifyNoneLeft } from "./verify.js";

/**
 * Revokes every active session of one user: lists them, revokes each (bounded concurrency) or all at once
 * with the provider's bulk call, then, unless `verify` is false, lists again and names what is left. A
 * listing that fails before anything is revoked throws; failures after that are in the report.
 */
export async function revokeAll(revoker: Revoker, options: RevokeOptions = {}): Promise<RevokeReport> {
  const { context } = revoker;
  const concurrency = checkConcurrency(revoker, options.concurrency);
  const signal = options.signal ?? new AbortController().signal;
  const dryRun = options.dryRun === true;
  throwIfAborted(context, signal);
  const found = unique(await untilAborted(context, revoker.listActive(signal), signal));
  const base = { provider: context.provider, dryRun, method: revoker.method, found };
  if (dryRun) {
    return { ...base, revoked: [], alreadyGone: [], failed: [], verification: null, complete: found.length === 0 };
  }
  const outcomes = await untilAborted(context, revokeFound(revoker, found, concurrency, signal), signal);
  const sorted = sortOutcomes(revoker, found, outcomes);
  const verification: Verification | null =
    options.verify === false ? null : await verifyNoneLeft(revoker, concurrency, signal);
  const proven = verification === null || (!verification.error && verification.stillActive.length === 0);
  return { ...base, ...sorted, verification, complete: sorted.failed.length === 0 && proven };
}

function revokeFound(revoker: Revoker, found: readonly string[], concurrency: number, signal: AbortSignal) {
  if (revoker.revokeMany) return revokeBulk(revoker, revoker.revokeMany, found, signal);
  if (revoker.revokeOne) return revokeEach(revoker, revoker.revokeOne, found, concurrency, signal);
  throw new ConfigurationError(revoker.context, "the revoker has neither revokeOne nor revokeMany");
}

/** Each found session into exactly one list, in the order found; one without an outcome is a failure. */
function sortOutcomes(revoker: Revoker, found: readonly string[], outcomes: Outcomes) {
  const revoked: string[] = [];
  const alreadyGone: string[] = [];
  const failed: RevokeFailure[] = [];
  for (const sessionId of found) {
    const outcome = outcomes.get(sessionId) ?? typedError(revoker.context, `no outcome for session ${sessionId}`);
    if (outcome === "revoked") revoked.push(sessionId);
    else if (outcome === "alreadyGone") alreadyGone.push(sessionId);
    else failed.push({ sessionId, error: outcome });
  }
  return { revoked, alreadyGone, failed };
}

function checkConcurrency(revoker: Revoker, value: unknown): number {
  if (value === undefined) return DEFAULT_REVOKE_CONCURRENCY;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > MAX_REVOKE_CONCURRENCY) {
    throw new ConfigurationError(
      revoker.context,
      `concurrency must be an integer from 1 to ${MAX_REVOKE_CONCURRENCY}, got ${shown(value)}`,
    );
  }
  return value;
}
