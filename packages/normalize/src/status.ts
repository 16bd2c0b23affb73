import type { SessionStatus } from "./session.js";
import { msOrNull } from "./time.js";

/** Expiries as ISO 8601 UTC (`Expiry` string), or as milliseconds since the epoch for statusAt. */
export interface StatusInput<Expiry extends string | number = string> {
  expiresAt: Expiry | null;
  idleExpiresAt: Expiry | null;
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
  const { expiresAt, idleExpiresAt, active, activeUntilTerminated } = input;
  const at = typeof now === "number" ? now : now.getTime();
  return statusAt(
    { expiresAt: msOrNull(expiresAt), idleExpiresAt: msOrNull(idleExpiresAt), active, activeUntilTerminated },
    at,
  );
}

/**
 * statusOf as the mappers call it: each expiry as milliseconds, or as ISO 8601 UTC exactly as toISOString
 * writes it (what the mappers output), which is compared as text with `at` written the same way: 24
 * characters (years 0000 to 9999) sort as their times do, and no expiry has to be read again.
 */
export function statusAt(input: StatusInput<number | string>, at: number): SessionStatus {
  const { expiresAt, idleExpiresAt } = input;
  if ((expiresAt !== null && before(expiresAt, at)) || (idleExpiresAt !== null && before(idleExpiresAt, at))) {
    return "expired";
  }
  if (input.active === false) return "inactive";
  if (expiresAt !== null || idleExpiresAt !== null || input.active === true || input.activeUntilTerminated) {
    return "active";
  }
  return "unknown";
}

let lastAt = Number.NaN;
let lastIso = "";

function before(expiry: number | string, at: number): boolean {
  if (typeof expiry === "number") return expiry < at;
  // `at` as toISOString writes it, kept for the next session: the clock changes once a millisecond.
  if (at !== lastAt) {
    lastIso = Math.abs(at) <= 8.64e15 ? new Date(at).toISOString() : "";
    lastAt = at;
  }
  return expiry.length === 24 && lastIso.length === 24 ? expiry < lastIso : Date.parse(expiry) < at;
}

/** `options.now` as milliseconds, else the current time (no Date is made for it). */
export const nowOf = (now: Date | undefined): number => now?.getTime() ?? Date.now();
