import {
  type CommonClientOptions,
  createApiClient,
  serverBaseUrl,
  specBearerAuth,
  type TokenGetter,
} from "@idp-sessions/core/internal";
import type { Client } from "openapi-fetch";
import { SECURITY, SERVERS } from "./generated/operations.gen.js";
import type { paths } from "./types.js";

export const AUTH0 = { provider: "auth0", operation: "getUserSessions" } as const;

export interface Auth0ClientOptions extends CommonClientOptions {
  /** Tenant domain, e.g. `your-tenant.us.auth0.com` (or a custom domain). */
  domain?: string | undefined;
  /** Instead of `domain`: the full Management API URL, e.g. `https://your-tenant.us.auth0.com/api/v2`. */
  baseUrl?: string | undefined;
  /** A Management API token with the `read:sessions` scope. */
  token?: string | undefined;
  /** Instead of `token`: returns a token; called again, once, after a 401. */
  getToken?: TokenGetter | undefined;
}

export type Auth0Client = Client<paths>;

/** A typed client for Auth0's Management API v2 sessions endpoint (servers and security from the spec). */
export function createAuth0Client(options: Auth0ClientOptions): Auth0Client {
  // Credentials are checked first, so a missing token is reported before a missing domain.
  const auth = specBearerAuth(AUTH0, SECURITY, options);
  return createApiClient<paths>({
    ...options,
    context: AUTH0,
    baseUrl: serverBaseUrl(AUTH0, SERVERS, options.baseUrl, { domain: options.domain }),
    auth,
  });
}
