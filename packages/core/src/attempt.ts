import { abortable } from "./abort.js";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  type ErrorContext,
  RedirectError,
  ResponseTooLargeError,
} from "./errors.js";
import { BodyLimitExceeded, bufferResponse, discard } from "./read-body.js";
import { originOf, redirectDecision } from "./redirect.js";

export type FetchFn = (request: Request) => Promise<Response>;

/** What one attempt sends with: the request, and the attempt's own signal and redirect mode. */
export type SendFn = (request: Request, init: { signal: AbortSignal; redirect: "manual" }) => Promise<Response>;

/**
 * The runtime's own fetch takes the attempt's signal and redirect mode as its init (it builds its Request
 * from both anyway), which saves a Request and its AbortSignal per attempt; a custom `fetch` receives one
 * Request carrying both, as it always has. (The runtime's fetch reports a request it cannot build as a
 * rejection, which reads as a connection failure; each request sent here is one nothing has read, so none is.)
 */
export function senderFor(custom: FetchFn | undefined): SendFn {
  if (custom) return (request, init) => custom(new Request(request, init));
  return (request, init) => globalThis.fetch(request, init);
}

export interface AttemptConfig {
  context: ErrorContext;
  send: SendFn;
  timeoutMs: number;
  maxResponseBytes: number;
  /** The caller's signal: its abort ends the attempt with an APIUserAbortError. */
  callerSignal: AbortSignal;
  /** Same-origin redirects already followed. */
  hops: number;
  /** True when a response with this status will be retried, so its body need not be read. */
  willRetry: (status: number) => boolean;
}

export type AttemptOutcome =
  /** The final response, its body read into memory. */
  | { kind: "response"; response: Response }
  /** A status that will be retried; its body was let go. */
  | { kind: "retry"; response: Response }
  /** A same-origin redirect to follow. */
  | { kind: "redirect"; url: string }
  /** A failure worth retrying: the server was unreachable, the attempt timed out, the body broke off. */
  | { kind: "failed"; error: APIConnectionError };

/**
 * One HTTP exchange, response body included, bounded by `timeoutMs` and the caller's signal (got's
 * `timeout.request`, not undici's headers-only `headersTimeout`). Throws what is not worth retrying:
 * APIUserAbortError, RedirectError, ResponseTooLargeError.
 */
export async function runAttempt(request: Request, config: AttemptConfig): Promise<AttemptOutcome> {
  const { context, callerSignal } = config;
  // One controller per attempt, aborted by the timer or by the caller's signal (cheaper than AbortSignal.any).
  const attempt = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    attempt.abort();
  }, config.timeoutMs);
  const onCallerAbort = () => attempt.abort(callerSignal.reason);
  callerSignal.addEventListener("abort", onCallerAbort, { once: true });
  const failed = (what: string, cause: unknown): AttemptOutcome => {
    if (callerSignal.aborted) throw new APIUserAbortError(context, { cause });
    if (timedOut) return { kind: "failed", error: new APIConnectionTimeoutError(context, config.timeoutMs, { cause }) };
    return { kind: "failed", error: new APIConnectionError(context, `${what} (${describe(cause)})`, { cause }) };
  };
  try {
    let response: Response;
    const sent = config.send(request, { signal: attempt.signal, redirect: "manual" });
    try {
      response = await abortable(sent, attempt.signal);
    } catch (cause) {
      // A fetch that ignores its signal may still answer; let go of that answer's body.
      sent.then(discard, () => {});
      const host = new URL(request.url).host;
      // The runtime itself refused (Deno without --allow-net for the host): no retry can change that.
      if (refusedByRuntime(cause) && !callerSignal.aborted)
        throw new APIConnectionError(
          context,
          `the runtime does not allow a connection to ${host} (${describe(cause)})`,
          {
            cause,
          },
        );
      // The host (never the path or query) makes a typo in a domain or region visible.
      return failed(`could not reach ${host}`, cause);
    }
    const follow = redirectTarget(response, request, config);
    if (follow !== undefined) {
      discard(response);
      return { kind: "redirect", url: follow };
    }
    if (config.willRetry(response.status)) {
      discard(response);
      return { kind: "retry", response };
    }
    try {
      return {
        kind: "response",
        response: await bufferResponse(response, request.method, config.maxResponseBytes, attempt.signal),
      };
    } catch (cause) {
      if (!(cause instanceof BodyLimitExceeded))
        return failed("the connection broke while reading the response", cause);
      throw new ResponseTooLargeError(context, {
        status: response.status,
        maxResponseBytes: config.maxResponseBytes,
        declared: cause.declared,
      });
    }
  } finally {
    clearTimeout(timer);
    callerSignal.removeEventListener("abort", onCallerAbort);
  }
}

/** The URL of a same-origin redirect to follow, undefined for no redirect; a RedirectError for any other. */
function redirectTarget(response: Response, request: Request, config: AttemptConfig): string | undefined {
  const refuse = (status: number, reason: string, targetOrigin?: string): never => {
    discard(response);
    throw new RedirectError(config.context, { status, reason, targetOrigin });
  };
  // Browsers answer `redirect: "manual"` with an opaque response that hides the status and the Location.
  if (response.type === "opaqueredirect") return refuse(0, "the server redirected; the target cannot be read");
  // A custom fetch may have followed the redirect anyway: never hand over another origin's answer.
  if (response.redirected && response.url) {
    const landed = originOf(new URL(response.url));
    if (landed !== originOf(new URL(request.url))) {
      refuse(
        response.status,
        `the fetch followed a redirect to another origin (${landed}); its answer was dropped`,
        landed,
      );
    }
  }
  const decision = redirectDecision({
    from: request.url,
    location: response.headers.get("location"),
    status: response.status,
    method: request.method,
    hops: config.hops,
  });
  if (decision === undefined) return undefined;
  if (!decision.follow) return refuse(response.status, decision.reason, decision.targetOrigin);
  return decision.url;
}

/** Deno's refusal of a connection its permissions do not grant (`NotCapable`; `PermissionDenied` before Deno 2). */
function refusedByRuntime(cause: unknown): boolean {
  return cause instanceof Error && (cause.name === "NotCapable" || cause.name === "PermissionDenied");
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause.cause as { code?: unknown } | undefined)?.code;
    return typeof code === "string" ? `${cause.message}: ${code}` : cause.message;
  }
  return String(cause);
}
