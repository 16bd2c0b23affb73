import { ConfigurationError, type ErrorContext } from "./errors.js";
import { shown } from "./pagination/page-size.js";

export const DEFAULT_MAX_RETRIES = 2;
/** Retries beyond this only prolong an outage for the caller (Stainless SDKs default to 2, got to 2). */
export const MAX_MAX_RETRIES = 10;
export const DEFAULT_TIMEOUT_MS = 30_000;
/** setTimeout stores its delay in a signed 32-bit integer; anything longer fires after 1 ms. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;
/**
 * Largest response body read, after decompression. A user's sessions are far smaller: Huawei returns all
 * of them in one response, and 10 000 sessions are about 5 MB.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

export interface CheckedOptions {
  maxRetries: number;
  timeoutMs: number;
  maxResponseBytes: number;
}

/** Checks the numeric client options and fills in the defaults. Each bad value is a ConfigurationError. */
export function checkClientOptions(
  context: ErrorContext,
  options: { maxRetries?: unknown; timeoutMs?: unknown; maxResponseBytes?: unknown },
): CheckedOptions {
  return {
    maxRetries: integerIn(context, "maxRetries", options.maxRetries, DEFAULT_MAX_RETRIES, 0, MAX_MAX_RETRIES),
    timeoutMs: integerIn(context, "timeoutMs", options.timeoutMs, DEFAULT_TIMEOUT_MS, 1, MAX_TIMEOUT_MS),
    maxResponseBytes: integerIn(
      context,
      "maxResponseBytes",
      options.maxResponseBytes,
      DEFAULT_MAX_RESPONSE_BYTES,
      1,
      Number.MAX_SAFE_INTEGER,
    ),
  };
}

function integerIn(context: ErrorContext, option: string, value: unknown, fallback: number, min: number, max: number) {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new ConfigurationError(context, `${option} must be an integer from ${min} to ${max}, got ${shown(value)}`);
  }
  return value;
}

/** One of `allowed` (default: the first), else a ConfigurationError naming the option and the choices. */
export function checkChoice<const T extends string>(
  context: ErrorContext,
  option: string,
  value: unknown,
  allowed: readonly [T, ...T[]],
): T {
  if (value === undefined) return allowed[0];
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(
    context,
    `${option} must be ${allowed.map((a) => `"${a}"`).join(" or ")}, got ${shown(value)}`,
  );
}
