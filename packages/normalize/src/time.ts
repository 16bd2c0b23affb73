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

/** An RFC 3339 string (nanoseconds and offsets allowed) as ISO 8601 UTC (millisecond precision). */
export function fromRfc3339(value: string | null | undefined): string | null {
  if (typeof value !== "string" || value.length === 0) return null;
  // Date.parse takes at most milliseconds reliably: cut longer fractions (Kratos sends nanoseconds).
  const trimmed = value.replace(/(\.\d{3})\d+/, "$1");
  return iso(Date.parse(trimmed));
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
