import type { SessionStatus } from "./session.js";
import { msOf } from "./time.js";

/** Expiries as ISO 8601 UTC, or as their milliseconds since the epoch where a mapper has them (no parsing). */
export interface StatusInput {
  expiresAt: string | number | null;
  idleExpiresAt: string | number | null;
  /** Kratos' `active` flag; undefined for providers without one. */
  active?: boolean | undefined;
  /** True when the provider's session lives until it is terminated unless it has an expiry (ZITADEL). */
  activeUntilTerminated?: boolean | undefined;
}

/**
 * `expired` when an expiry lies before `now`; else Kratos `active: false` is `inactive`; else `active`
 * when something says so (an expiry in the future, Kratos' flag, ZITADEL's no-expiry rule); else `unknown`.
 */
export function statusOf(input: StatusInput, now: Date | number): SessionStatus {
  const at = typeof now === "number" ? now : now.getTime();
  const { expiresAt, idleExpiresAt } = input;
  if ((expiresAt !== null && msOf(expiresAt) < at) || (idleExpiresAt !== null && msOf(idleExpiresAt) < at)) {
    return "expired";
  }
  if (input.active === false) return "inactive";
  if (expiresAt !== null || idleExpiresAt !== null || input.active === true || input.activeUntilTerminated) {
    return "active";
  }
  return "unknown";
}

/** `options.now` as milliseconds, else the current time (no Date is made for it). */
export const nowOf = (now: Date | undefined): number =>
  now === undefined || now === null ? Date.now() : now.getTime();
