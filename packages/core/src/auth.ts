import { CredentialsError, type ErrorContext } from "./errors.js";

/** How a client adds its credentials to a request. Written once here; provider packages pick one. */
export interface Authenticator {
  /** Adds credentials to a request. It sets (never appends), so it can run again on a retry. */
  authenticate(request: Request): Promise<Request>;
  /** After a 401: fetch fresh credentials once; resolves true when there is something new to try. */
  refresh?(): Promise<boolean>;
  /** Every credential value this authenticator has held, to scrub from errors. */
  secrets(): readonly string[];
}

export type TokenGetter = () => string | Promise<string>;

/** `Authorization: Bearer <token>`, from a static token or `getToken()` (called again, once, after a 401). */
export function bearerAuth(
  context: ErrorContext,
  source: { token?: string | undefined; getToken?: TokenGetter | undefined },
): Authenticator {
  const seen = new Set<string>();
  let current: Promise<string> | undefined;
  const load = (): Promise<string> => {
    const next = source.getToken ? Promise.resolve().then(source.getToken) : Promise.resolve(source.token ?? "");
    current = next.then(
      (token) => {
        if (typeof token !== "string" || token.length === 0)
          throw new CredentialsError(context, "getToken() returned no token");
        seen.add(token);
        return token;
      },
      (cause: unknown) => {
        // Forget the failure so that the next request asks again.
        current = undefined;
        throw new CredentialsError(context, "getToken() failed", { cause });
      },
    );
    return current;
  };
  return {
    async authenticate(request) {
      const token = await (current ?? load());
      request.headers.set("authorization", `Bearer ${token}`);
      return request;
    },
    async refresh() {
      if (!source.getToken) return false;
      const before = await current;
      return (await load()) !== before;
    },
    secrets: () => [...seen],
  };
}

/** A fixed header such as MonoCloud's `X-API-KEY`. */
export function headerAuth(name: string, value: string): Authenticator {
  return {
    async authenticate(request) {
      request.headers.set(name, value);
      return request;
    },
    secrets: () => [value],
  };
}
