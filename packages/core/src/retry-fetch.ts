import { backoffMs, sleep } from "./backoff.js";
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, type ErrorContext } from "./errors.js";
import { retryAfterMs } from "./retry-after.js";

export type FetchFn = (request: Request) => Promise<Response>;

export interface RetryFetchOptions {
  context: ErrorContext;
  fetch?: FetchFn | undefined;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number | undefined;
  /** Timeout of each attempt until the response headers arrive, in ms (default 30 000). */
  timeoutMs?: number | undefined;
  /** Authenticates a copy of the request again before each retry (new signature, fresh token). */
  reauthenticate?: ((request: Request) => Promise<Request>) | undefined;
  /** Called once after a 401; when it resolves true the request is authenticated again and re-sent once. */
  refreshCredentials?: (() => Promise<boolean>) | undefined;
  /** For tests: the random source of the backoff jitter. */
  random?: (() => number) | undefined;
}

export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_TIMEOUT_MS = 30_000;

// These are read operations (ZITADEL's POST search included), so every one of these is safe to repeat.
function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * A `fetch` for openapi-fetch's `fetch` option: it sits beneath the middleware, so each attempt sends a
 * fresh copy of the request (a consumed body cannot be re-sent), with its own timeout combined with the
 * caller's signal. Retries 408, 429, 5xx and network errors, waiting for Retry-After when the server says.
 */
export function createRetryFetch(options: RetryFetchOptions): FetchFn {
  const fetchImpl: FetchFn = options.fetch ?? ((request) => globalThis.fetch(request));
  const maxRetries = Math.max(0, options.maxRetries ?? DEFAULT_MAX_RETRIES);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const { context } = options;
  const reauthenticate = options.reauthenticate ?? (async (request: Request) => request);

  return async function retryFetch(input: Request): Promise<Response> {
    const callerSignal = input.signal;
    let refreshed = false;
    let retries = 0;
    // The first attempt sends the request as the middleware left it; later ones are authenticated anew.
    // A request with a body is copied for each attempt (a body can be read once); one without needs no copy.
    const copy = () => (input.body === null ? input : input.clone());
    let prepared: Request | undefined = copy();
    for (;;) {
      const request = prepared ?? (await reauthenticate(copy()));
      prepared = undefined;
      if (callerSignal.aborted) throw new APIUserAbortError(context, { cause: callerSignal.reason });

      // One controller per attempt, aborted by the timer or by the caller's signal (cheaper than AbortSignal.any).
      const attempt = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        attempt.abort();
      }, timeoutMs);
      const onCallerAbort = () => attempt.abort(callerSignal.reason);
      callerSignal.addEventListener("abort", onCallerAbort, { once: true });
      let response: Response;
      try {
        response = await fetchImpl(new Request(request, { signal: attempt.signal }));
      } catch (cause) {
        if (callerSignal.aborted) throw new APIUserAbortError(context, { cause });
        const error = timedOut
          ? new APIConnectionTimeoutError(context, timeoutMs, { cause })
          : new APIConnectionError(context, `could not reach the server (${describe(cause)})`, { cause });
        if (retries >= maxRetries) throw error;
        await wait(backoffMs(retries, options.random), callerSignal, context);
        retries++;
        continue;
      } finally {
        clearTimeout(timer);
        callerSignal.removeEventListener("abort", onCallerAbort);
      }

      if (response.status === 401 && options.refreshCredentials && !refreshed) {
        refreshed = true;
        if (await options.refreshCredentials()) {
          await response.body?.cancel();
          continue;
        }
      }
      if (!isRetryableStatus(response.status) || retries >= maxRetries) return response;
      await response.body?.cancel();
      await wait(retryAfterMs(response.headers) ?? backoffMs(retries, options.random), callerSignal, context);
      retries++;
    }
  };
}

async function wait(ms: number, signal: AbortSignal, context: ErrorContext): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch (cause) {
    throw new APIUserAbortError(context, { cause });
  }
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause.cause as { code?: unknown } | undefined)?.code;
    return typeof code === "string" ? `${cause.message}: ${code}` : cause.message;
  }
  return String(cause);
}
