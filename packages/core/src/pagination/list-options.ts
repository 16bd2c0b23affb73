import { ConfigurationError, type ErrorContext } from "../errors.js";
import { shown } from "./page-size.js";

/**
 * Pages one listing may fetch when `maxPages` is not given: far beyond any real user's sessions (5000
 * pages of even 10 sessions each), yet an end to a server that says "there is more" forever.
 */
export const DEFAULT_MAX_PAGES = 5000;

/** Options every `listSessions` takes. */
export interface ListOptions {
  /**
   * Sessions per request, checked against the bounds of the provider's page-size parameter in its spec
   * before any request (a ConfigurationError otherwise); each provider documents its default and bounds.
   */
  pageSize?: number | undefined;
  /**
   * Most pages one listing may fetch, a positive integer (default {@link DEFAULT_MAX_PAGES}). Reaching it
   * while the server still says more pages follow is a PaginationError naming `maxPages`, never a
   * silently shortened listing (an audit would miss sessions); to take only some sessions, use
   * `collect({ limit })` or stop iterating.
   */
  maxPages?: number | undefined;
  /** Aborts the request under way and ends the listing with an APIUserAbortError. */
  signal?: AbortSignal | undefined;
}

/** `maxPages` or its default; anything but a positive integer is a ConfigurationError. */
export function checkMaxPages(context: ErrorContext, value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_PAGES;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new ConfigurationError(context, `maxPages must be a positive integer, got ${shown(value)}`);
  }
  return value;
}
