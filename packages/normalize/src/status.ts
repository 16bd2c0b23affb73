import type { SessionStatus } from "./session.js";

export interface StatusInput {
  expiresAt: string | null;
  idleExpiresAt: string | null;
  /** Kratos' `active` flag; undefined for providers without one. */
  active?: boolean | undefined;
  /** True when the provider's session lives until it is terminated unless it has an expiry (ZITADEL). */
  activeUntilTerminated?: boolean | undefined;
}

/**
 * `expired` when an expiry lies before `now`; else Kratos `active: false` is `inactive`; else `active`
 * when something says so (an expiry in the future, Kratos' flag, ZITADEL's no-expiry rule); else `unknown`.
 */
export function statusOf(input: StatusInput, now: Date): SessionStatus {
  const at = now.getTime();
  const expiries = [input.expiresAt, input.idleExpiresAt].filter((v): v is string => v !== null);
  if (expiries.some((value) => Date.parse(value) < at)) return "expired";
  if (input.active === false) return "inactive";
  if (expiries.length > 0 || input.active === true || input.activeUntilTerminated) return "active";
  return "unknown";
}
