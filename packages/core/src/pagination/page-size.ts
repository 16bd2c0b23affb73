import { ConfigurationError, type ErrorContext } from "../errors.js";
import type { ParamConstraints } from "../path.js";

/**
 * Checks `pageSize` against the spec's bounds of the provider's page-size parameter (its generated
 * `operations.gen.ts` entry), so that an out-of-range size is a ConfigurationError before any request
 * instead of an error status, or a size the server silently clamps. Undefined leaves the server's default.
 */
export function checkPageSize(
  context: ErrorContext,
  bounds: ParamConstraints,
  value: number | undefined,
): number | undefined {
  if (value === undefined) return undefined;
  const { minimum, maximum } = bounds;
  const integer = bounds.type === "integer";
  const ok =
    typeof value === "number" &&
    (integer ? Number.isInteger(value) : Number.isFinite(value)) &&
    (minimum === undefined || value >= minimum) &&
    (maximum === undefined || value <= maximum);
  if (ok) return value;
  const range =
    minimum !== undefined && maximum !== undefined
      ? ` from ${minimum} to ${maximum}`
      : minimum !== undefined
        ? ` of at least ${minimum}`
        : maximum !== undefined
          ? ` of at most ${maximum}`
          : "";
  const source = bounds.name === undefined ? "" : ` (the spec's ${bounds.name})`;
  throw new ConfigurationError(
    context,
    `pageSize${source} must be ${integer ? "an integer" : "a number"}${range}, got ${shown(value)}`,
  );
}

/** A number as written; anything else by its type (a caller's stray value is not quoted). */
export function shown(value: unknown): string {
  return typeof value === "number" ? String(value) : `a ${value === null ? "null" : typeof value}`;
}
