import { isoOf } from "./iso.js";
import { parseRfc3339, rfc3339ToIso } from "./rfc3339.js";

/** Epoch values of 10^11 or more are milliseconds (10^11 seconds is the year 5138). */
const MILLISECONDS_FROM = 1e11;
const MAX_DATE_MS = 8.64e15;

/** Epoch seconds (Huawei, MonoCloud), or milliseconds when clearly so, as milliseconds within Date's range. */
export function epochMs(value: number | null | undefined): number | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  const ms = Math.abs(value) >= MILLISECONDS_FROM ? value : value * 1000;
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS ? ms : null;
}

/** Epoch seconds (Huawei, MonoCloud), or milliseconds when clearly so, as ISO 8601 UTC. */
export function fromEpoch(value: number | null | undefined): string | null {
  const ms = epochMs(value);
  return ms === null ? null : isoOf(ms);
}

/**
 * An RFC 3339 string (nanoseconds and offsets allowed) as ISO 8601 UTC (millisecond precision), or null
 * when it is not one. (The mappers refuse such a string instead: see guard.ts.)
 */
export function fromRfc3339(value: string | null | undefined): string | null {
  // Four-digit years with an offset of less than a day are all within Date's range.
  return typeof value === "string" ? (rfc3339ToIso(value) ?? null) : null;
}

/** Auth0 dates are a string, an object or null; an object carries no time, so it is null. */
export function fromAuth0Date(value: unknown): string | null {
  return typeof value === "string" ? fromRfc3339(value) : null;
}

/** Milliseconds since the epoch of an ISO 8601 UTC string as toISOString writes it (Date.parse, faster). */
export function msOf(iso: string): number {
  return parseRfc3339(iso) ?? Date.parse(iso);
}

export const msOrNull = (iso: string | null): number | null => (iso === null ? null : msOf(iso));

/** The latest of some ISO strings (as toISOString writes them: 24 characters sort as their times do), or null. */
export function latest(values: readonly (string | null)[]): string | null {
  let best: string | null = null;
  for (const value of values) if (value !== null && (best === null || later(value, best))) best = value;
  return best;
}

const later = (a: string, b: string) => (a.length === 24 && b.length === 24 ? a > b : Date.parse(a) > Date.parse(b));
