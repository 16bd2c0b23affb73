/** A non-empty string, else null (providers send "" and null for "unknown"). */
export function text(value: unknown): string | null {
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** A coordinate from a string or number, within `limit` degrees, else null. */
export function coordinate(value: unknown, limit: number): number | null {
  const n =
    typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
}

/** String entries into a plain object; `__proto__` and `constructor` become ordinary own properties. */
export function stringRecord(entries: Iterable<readonly [string, string]>): Record<string, string> {
  // Object.fromEntries defines properties (CreateDataProperty), so no key can reach a prototype.
  return Object.fromEntries(entries);
}
