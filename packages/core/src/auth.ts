import { CredentialsError, type ErrorContext } from "./errors.js";
import { checkHeaderValue, headerValueProblem } from "./header-value.js";

/** How a client adds its credentials to a request. Written once here; provider packages pick one. */
export interface Authenticator {
  /** Adds credentials to a request. It sets (never appends), so it can run again on a retry or redirect. */
  authenticate(request: Request): Promise<Request>;
  /** After a 401: fetch fresh credentials once; resolves true when there is something new to try. */
  refresh?(): Promise<boolean>;
  /** Every credential value this authenticator has held, to scrub from errors. */
  secrets(): readonly string[];
}

export type TokenGetter = () => string | Promise<string>;

/**
 * `Authorization: Bearer <token>`, from a static token or `getToken()` (called again, once, after a 401).
 * A static token that cannot be a header value is a ConfigurationError here, at client creation; a token
 * from `getToken()` that cannot is a CredentialsError before any request. Neither error quotes the token.
 */
export function bearerAuth(
  context: ErrorContext,
  source: { token?: string | undefined; getToken?: TokenGetter | undefined },
): Authenticator {
  // A static token is known from the start; tokens from getToken() as they arrive.
  const seen = new Set<string>(source.token && !source.getToken ? [source.token] : []);
  // Errors raised here know the tokens seen so far, so a failing getToken() cannot echo one into a log.
  const own: ErrorContext = {
    ...context,
    secrets: () => [...(context.secrets?.() ?? []), ...(source.token ? [source.token] : []), ...seen],
  };
  if (source.token !== undefined && !source.getToken) checkHeaderValue(own, "token", source.token);
  let current: Promise<string> | undefined;
  const load = (): Promise<string> => {
    const next = source.getToken ? Promise.resolve().then(source.getToken) : Promise.resolve(source.token ?? "");
    current = next.then(
      (token) => {
        if (typeof token !== "string" || token.length === 0)
          throw new CredentialsError(own, "getToken() returned no token");
        const problem = headerValueProblem(token);
        if (problem) throw new CredentialsError(own, `getToken() returned a token that ${problem}`);
        seen.add(token);
        return token;
      },
      (cause: unknown) => {
        throw new CredentialsError(own, "getToken() failed", { cause });
      },
    );
    // Forget a failure so that the next request asks again.
    const mine = current;
    mine.catch(() => {
      if (current === mine) current = undefined;
    });
    return mine;
  };
  return {
    async authenticate(request) {
      const token = await (current ?? load());
      request.headers.set("authorization", `Bearer ${token}`);
      return request;
    },
    async refresh() {
      if (!source.getToken) return false;
      const before = await current?.catch(() => undefined);
      return (await load()) !== before;
    },
    secrets: () => [...seen],
  };
}

/**
 * A fixed header such as MonoCloud's `X-API-KEY`. The value is checked at once (a ConfigurationError names
 * `check.option`, default the header name, and never quotes the value).
 */
export function headerAuth(
  name: string,
  value: string,
  check: { context: ErrorContext; option?: string } = {
    context: { provider: "idp-sessions", operation: "headerAuth" },
  },
): Authenticator {
  checkHeaderValue({ ...check.context, secrets: () => [value] }, check.option ?? name, value);
  return {
    async authenticate(request) {
      request.headers.set(name, value);
      return request;
    },
    secrets: () => [value],
  };
}
