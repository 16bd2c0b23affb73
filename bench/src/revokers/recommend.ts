import type { Summary } from "../stats.js";

/** A real provider's round trip for one management API request (between the 50 and 200 ms seen). */
export const REAL_RTT_MS = 100;
/**
 * Revoking requests a second that one user's sign-out may send: Auth0's Management API allows 50 a second
 * on production Enterprise tenants (16 on self-service, 2 on free ones, where the engine's 429 handling
 * paces it), and other providers' admin APIs are limited in tens a second too.
 */
export const RATE_CEILING_RPS = 50;
/** A doubling of concurrency must bring at least this share of the ideal 2× to be worth it. */
export const MIN_EFFICIENCY = 0.75;

/** One provider's sweep: the sessions each run revoked, and the summary of its times by concurrency. */
export interface Sweep {
  sessions: number;
  byConcurrency: ReadonlyMap<number, Summary>;
}

/**
 * The default concurrency the figures support: the largest swept concurrency up to which every step still
 * pays (each provider's median time shrinks by at least MIN_EFFICIENCY of the ideal) and whose measured
 * request rate, scaled from the simulated latency to REAL_RTT_MS, stays under RATE_CEILING_RPS for every
 * provider (0 when no latency was simulated: no rate to scale). `sweeps` has each per-session provider's.
 */
export function recommendConcurrency(
  sweeps: ReadonlyMap<string, Sweep>,
  concurrencies: readonly number[],
  latencyMs: number,
): number | undefined {
  const swept = [...concurrencies].sort((a, b) => a - b);
  let chosen: number | undefined;
  for (const [i, c] of swept.entries()) {
    const previous = swept[i - 1];
    for (const { sessions, byConcurrency } of sweeps.values()) {
      const now = byConcurrency.get(c)?.median;
      if (now === undefined) return chosen;
      const before = previous === undefined ? undefined : byConcurrency.get(previous)?.median;
      if (previous !== undefined && before !== undefined && before / now < MIN_EFFICIENCY * (c / previous)) {
        return chosen;
      }
      // Latency-bound, the rate scales with the round trip: at REAL_RTT_MS it is latencyMs / REAL_RTT_MS of this.
      const scaledRps = (sessions / (now / 1000)) * (latencyMs / REAL_RTT_MS);
      if (latencyMs > 0 && scaledRps > RATE_CEILING_RPS) return chosen;
    }
    chosen = c;
  }
  return chosen;
}
