import createClient, { type Client } from "openapi-fetch";
import { abortable } from "./abort.js";
import type { Authenticator } from "./auth.js";
import { checkBaseUrl } from "./base-url.js";
import { APIUserAbortError, type ErrorContext, IdpSessionsError } from "./errors.js";
import { checkHeaderValue } from "./header-value.js";
import { createRetryFetch, type FetchFn } from "./retry-fetch.js";

/** Options every `create<Provider>Client` takes besides its address and credentials. */
export interface CommonClientOptions {
  /** The `fetch` to send requests with (default: the global one). */
  fetch?: FetchFn | undefined;
  /** Retries after the first attempt for 408, 429, 5xx, network errors and timeouts: 0 to 10 (default 2). */
  maxRetries?: number | undefined;
  /** Timeout of each attempt in ms, reading the response body included: 1 to 2^31−1 (default 30 000). */
  timeoutMs?: number | undefined;
  /** Largest response body read, in bytes after decompression (default 32 MiB); past it a ResponseTooLargeError. */
  maxResponseBytes?: number | undefined;
  /** `User-Agent` header (runtimes that forbid setting it, such as browsers, ignore it). */
  userAgent?: string | undefined;
}

/** What a client knows about itself, for listSessions and its errors. */
export interface ClientContext extends ErrorContext {
  secrets(): readonly string[];
  /**
   * The client's fetch for one operation: its errors carry `context` (the operation's name, a call's own
   * secrets), and it retries as the spec says (`repeatable` false: a 429 only).
   */
  readonly fetchFor?: ((context: ClientContext, repeatable: boolean) => FetchFn) | undefined;
}

/**
 * Where a client keeps its context: a registered symbol, not a module-level WeakMap, so that a program that
 * loads both the ESM and the CommonJS build of core (two module instances) still finds a client's
 * provider, operation and secrets, and never falls back to redacting nothing.
 */
const CONTEXT = Symbol.for("@idp-sessions/core.clientContext");

export interface CreateApiClientConfig extends CommonClientOptions {
  context: ErrorContext;
  baseUrl: string;
  auth?: Authenticator | undefined;
}

/**
 * The typed openapi-fetch client of one provider: retries, timeouts, redirects and bounded bodies in its
 * `fetch`, and the user agent and the credentials there too, added to each attempt (every retry and
 * redirect hop is signed anew). Not as middleware: that costs every request openapi-fetch's middleware
 * pass, and an application's own middleware sees no credential (and Huawei's signature covers what it adds).
 * Every option is checked here, before any request.
 */
export function createApiClient<Paths extends {}>(config: CreateApiClientConfig): Client<Paths> {
  const { auth } = config;
  // One context for every error of this client, so each one is scrubbed of the credentials it holds.
  const context: ClientContext = {
    provider: config.context.provider,
    operation: config.context.operation,
    secrets: () => [...(config.context.secrets?.() ?? []), ...(auth?.secrets() ?? [])],
  };
  const baseUrl = checkBaseUrl(context, config.baseUrl);
  const userAgent =
    config.userAgent === undefined ? undefined : checkHeaderValue(context, "userAgent", config.userAgent);
  const prepare = async (request: Request): Promise<Request> => {
    if (userAgent) request.headers.set("user-agent", userAgent);
    if (!auth) return request;
    // A getToken() that never settles must not keep an aborted call pending.
    try {
      return await abortable(auth.authenticate(request), request.signal);
    } catch (cause) {
      if (request.signal.aborted && !(cause instanceof IdpSessionsError))
        throw new APIUserAbortError(context, { cause });
      throw cause;
    }
  };
  const retryFetch = (own: ClientContext, repeatable?: boolean) =>
    createRetryFetch({
      context: own,
      fetch: config.fetch,
      maxRetries: config.maxRetries,
      timeoutMs: config.timeoutMs,
      maxResponseBytes: config.maxResponseBytes,
      authenticate: prepare,
      reauthenticate: prepare,
      refreshCredentials: auth?.refresh ? () => auth.refresh?.() ?? Promise.resolve(false) : undefined,
      repeatable,
    });
  // Calls that say nothing of their operation (the raw client's, a listing's GET) retry by their method.
  const client = createClient<Paths>({ baseUrl, fetch: retryFetch(context) });
  const full: ClientContext = { ...context, fetchFor: retryFetch };
  Object.defineProperty(client, CONTEXT, { value: full, enumerable: false });
  return client;
}

/** The context of a client made by createApiClient (by either build of core). */
export function clientContext(client: object, fallback: ErrorContext): ClientContext {
  const own = (client as { [CONTEXT]?: unknown })[CONTEXT];
  if (isClientContext(own)) return own;
  return { ...fallback, secrets: () => fallback.secrets?.() ?? [] };
}

function isClientContext(value: unknown): value is ClientContext {
  return typeof value === "object" && value !== null && typeof (value as ClientContext).secrets === "function";
}
