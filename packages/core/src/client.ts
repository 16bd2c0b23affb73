import createClient, { type Client } from "openapi-fetch";
import type { Authenticator } from "./auth.js";
import { checkBaseUrl } from "./base-url.js";
import type { ErrorContext } from "./errors.js";
import { createRetryFetch, type FetchFn } from "./retry-fetch.js";

/** Options every `create<Provider>Client` takes besides its address and credentials. */
export interface CommonClientOptions {
  /** The `fetch` to send requests with (default: the global one). */
  fetch?: FetchFn | undefined;
  /** Retries after the first attempt for 408, 429, 5xx and network errors (default 2). */
  maxRetries?: number | undefined;
  /** Timeout of each attempt in ms (default 30 000). */
  timeoutMs?: number | undefined;
  /** `User-Agent` header (runtimes that forbid setting it, such as browsers, ignore it). */
  userAgent?: string | undefined;
}

/** What a client knows about itself, for listSessions and its errors. */
export interface ClientContext extends ErrorContext {
  secrets(): readonly string[];
}

const contexts = new WeakMap<object, ClientContext>();

export interface CreateApiClientConfig extends CommonClientOptions {
  context: ErrorContext;
  baseUrl: string;
  auth?: Authenticator | undefined;
}

/**
 * The typed openapi-fetch client of one provider: retries and timeouts in its `fetch`, the user agent and
 * the credentials as middleware (and again before every retry, so each retry is signed anew).
 */
export function createApiClient<Paths extends {}>(config: CreateApiClientConfig): Client<Paths> {
  const { context, auth } = config;
  const baseUrl = checkBaseUrl(context, config.baseUrl);
  const userAgent = config.userAgent;
  const prepare = async (request: Request): Promise<Request> => {
    if (userAgent) request.headers.set("user-agent", userAgent);
    return auth ? auth.authenticate(request) : request;
  };
  const client = createClient<Paths>({
    baseUrl,
    fetch: createRetryFetch({
      context,
      fetch: config.fetch,
      maxRetries: config.maxRetries,
      timeoutMs: config.timeoutMs,
      reauthenticate: prepare,
      refreshCredentials: auth?.refresh ? () => auth.refresh?.() ?? Promise.resolve(false) : undefined,
    }),
  });
  client.use({ onRequest: ({ request }) => prepare(request) });
  contexts.set(client, { ...context, secrets: () => auth?.secrets() ?? [] });
  return client;
}

/** The context of a client made by createApiClient. */
export function clientContext(client: object, fallback: ErrorContext): ClientContext {
  return contexts.get(client) ?? { ...fallback, secrets: () => [] };
}
