import { parseRfc3339 } from "./rfc3339.js";

/** Epoch values of 10^11 or more are milliseconds (10^11 seconds is the year 5138). */
const MILLISECONDS_FROM = 1e11;
const MAX_DATE_MS = 8.64e15;

function iso(ms: number): string | null {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS ? new Date(ms).toISOString() : null;
}

/** Epoch seconds (Huawei, MonoCloud), or milliseconds when clearly so, as ISO 8601 UTC. */
export function fromEpoch(value: number | null | undefined): string | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  return iso(Math.abs(value) >= MILLISECONDS_FROM ? value : value * 1000);
}

/**
 * An RFC 3339 string (nanoseconds and offsets allowed) as ISO 8601 UTC (millisecond precision), or null
 * when it is not one. (The mappers refuse such a string instead: see guard.ts.)
 */
export function fromRfc3339(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const ms = parseRfc3339(value);
  return ms === undefined ? null : iso(ms);
}

/** Auth0 dates are a string, an object or null; an object carries no time, so it is null. */
export function fromAuth0Date(value: unknown): string | null {
  return typeof value === "string" ? fromRfc3339(value) : null;
}

/** The latest of some ISO strings, or null. */
export function latest(values: readonly (string | null)[]): string | null {
  let best: string | null = null;
  for (const value of values)
    if (value !== null && (best === null || Date.parse(value) > Date.parse(best))) best = value;
  return best;
}
