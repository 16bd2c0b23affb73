import { abortable } from "./abort.js";
import { type FetchFn, runAttempt, senderFor } from "./attempt.js";
import { backoffMs, sleep } from "./backoff.js";
import { checkClientOptions } from "./check-options.js";
import { APIUserAbortError, ConfigurationError, type ErrorContext, IdpSessionsError } from "./errors.js";
import { retryAfterMs } from "./retry-after.js";

export type { FetchFn } from "./attempt.js";
export {
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  MAX_MAX_RETRIES,
  MAX_TIMEOUT_MS,
} from "./check-options.js";

export interface RetryFetchOptions {
  /** The context of every error; with `secrets`, those values are scrubbed from them. */
  context: ErrorContext;
  fetch?: FetchFn | undefined;
  /** Retries after the first attempt: an integer from 0 to 10 (default 2). */
  maxRetries?: number | undefined;
  /** Timeout of each attempt in ms, response body included: an integer from 1 to 2^31−1 (default 30 000). */
  timeoutMs?: number | undefined;
  /** Largest response body read, in decoded bytes (default 32 MiB); past it a ResponseTooLargeError. */
  maxResponseBytes?: number | undefined;
  /**
   * Authenticates the first attempt (the request as it came, the user agent and credentials added here
   * rather than in openapi-fetch middleware, which would cost every request its middleware pass).
   */
  authenticate?: ((request: Request) => Promise<Request>) | undefined;
  /** Authenticates a copy of the request again before each retry or redirect hop (new signature, fresh token). */
  reauthenticate?: ((request: Request) => Promise<Request>) | undefined;
  /** Called once after a 401; when it resolves true the request is authenticated again and re-sent once. */
  refreshCredentials?: (() => Promise<boolean>) | undefined;
  /** For tests: the random source of the backoff jitter. */
  random?: (() => number) | undefined;
  /**
   * Whether the operations sent through this fetch are safe to repeat (the spec's `x-idp-sessions.retry.safe`).
   * When false only a 429 is retried: the server refused the request without acting on it. A timeout, a
   * broken connection or a 5xx may come after the server acted, so repeating could act twice. Default: by
   * the request's method, as HTTP defines idempotency (GET, HEAD, OPTIONS, PUT, DELETE yes; POST, PATCH no).
   */
  repeatable?: boolean | undefined;
}

const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

function isRetryableStatus(status: number, repeatable: boolean): boolean {
  if (!repeatable) return status === 429;
  return status === 408 || status === 429 || status >= 500;
}

/**
 * A `fetch` for openapi-fetch's `fetch` option: it sits beneath the middleware, so each attempt sends a
 * fresh copy of the request (a consumed body cannot be re-sent), with its own timeout combined with the
 * caller's signal, both covering the response body, which is read here into memory (bounded). Retries
 * 408, 429, 5xx, network errors and timeouts (only 429 when `repeatable` is false), waiting for
 * Retry-After when the server says. Redirects are
 * handled here too (see redirect.ts): same-origin ones followed and authenticated anew, others refused.
 * The options are checked at once (ConfigurationError).
 */
export function createRetryFetch(options: RetryFetchOptions): FetchFn {
  const { context } = options;
  const { maxRetries, timeoutMs, maxResponseBytes } = checkClientOptions(context, options);
  if (options.fetch !== undefined && typeof options.fetch !== "function") {
    throw new ConfigurationError(context, "fetch must be a function");
  }
  const send = senderFor(options.fetch);
  const reauthenticate = options.reauthenticate ?? (async (request: Request) => request);

  return async function retryFetch(input: Request): Promise<Response> {
    const repeatable = options.repeatable ?? IDEMPOTENT.has(input.method);
    const callerSignal = input.signal;
    const guard = <T>(promise: Promise<T>) => settleOnAbort(promise, callerSignal, context);
    let refreshed = false;
    let retries = 0;
    let hops = 0;
    let url = input.url;
    // The first attempt sends the request as it came (authenticated by `authenticate` when given); later
    // ones are authenticated anew. A request with a body is copied for each attempt (a body can be read
    // once); one without needs no copy.
    const copy = () => (input.body === null ? input : input.clone());
    const copyTo = async (target: string) =>
      target === input.url
        ? copy()
        : new Request(target, {
            method: input.method,
            headers: input.headers,
            signal: input.signal,
            body: input.body === null ? null : await input.clone().arrayBuffer(),
          });
    let prepared: Request | Promise<Request> | undefined = options.authenticate
      ? guard(options.authenticate(copy()))
      : copy();
    for (;;) {
      const request: Request = await (prepared ?? guard(copyTo(url).then(reauthenticate)));
      prepared = undefined;
      if (callerSignal.aborted) throw new APIUserAbortError(context, { cause: callerSignal.reason });
      const outcome = await runAttempt(request, {
        context,
        send,
        timeoutMs,
        maxResponseBytes,
        callerSignal,
        hops,
        willRetry: (status) => isRetryableStatus(status, repeatable) && retries < maxRetries,
      });
      if (outcome.kind === "redirect") {
        hops++;
        url = outcome.url;
        continue;
      }
      if (outcome.kind === "failed" || outcome.kind === "retry") {
        if (outcome.kind === "failed" && (retries >= maxRetries || !repeatable)) throw outcome.error;
        const asked = outcome.kind === "retry" ? retryAfterMs(outcome.response.headers) : undefined;
        await guard(sleep(asked ?? backoffMs(retries, options.random), callerSignal));
        retries++;
        continue;
      }
      const { response } = outcome;
      if (response.status === 401 && options.refreshCredentials && !refreshed) {
        refreshed = true;
        if (await guard(options.refreshCredentials())) continue;
      }
      return response;
    }
  };
}

/** Settles at once with an APIUserAbortError when the caller aborts, whatever `promise` does. */
async function settleOnAbort<T>(promise: Promise<T>, signal: AbortSignal, context: ErrorContext): Promise<T> {
  try {
    return await abortable(promise, signal);
  } catch (cause) {
    if (signal.aborted && !(cause instanceof IdpSessionsError)) throw new APIUserAbortError(context, { cause });
    throw cause;
  }
}
