/** The longest wait a server may ask for before we fall back to our own backoff (as Stainless SDKs do). */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * How long the server asked us to wait, from `retry-after-ms`, `Retry-After` (seconds or an HTTP date) or
 * `X-RateLimit-Reset` (Auth0: epoch seconds; Ory Network: seconds to wait). Undefined when absent or not
 * sane (negative, unparsable, or longer than MAX_RETRY_AFTER_MS).
 */
export function retryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  const candidates = [
    parseNumber(headers.get("retry-after-ms")),
    parseRetryAfter(headers.get("retry-after"), now),
    parseRateLimitReset(headers.get("x-ratelimit-reset"), now),
  ];
  for (const ms of candidates) {
    if (ms !== undefined && ms >= 0 && ms <= MAX_RETRY_AFTER_MS) return Math.ceil(ms);
  }
  return undefined;
}

function parseNumber(value: string | null): number | undefined {
  if (value === null || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined;
  return Number(value);
}

function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const seconds = parseNumber(value);
  if (seconds !== undefined) return seconds * 1000;
  // An HTTP date names its day ("Wed, 21 Oct 2015 07:28:00 GMT"); Date.parse would also take "-1".
  if (!/^[A-Za-z]{3},/.test(value.trim())) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function parseRateLimitReset(value: string | null, now: number): number | undefined {
  const n = parseNumber(value);
  if (n === undefined) return undefined;
  // Large values are epoch seconds (Auth0); small ones a number of seconds to wait (Ory Network).
  return n > 1_000_000_000 ? Math.max(0, n * 1000 - now) : n * 1000;
}
