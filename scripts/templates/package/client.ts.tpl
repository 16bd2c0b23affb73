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

export const __CONST__ = { provider: "__ID__", operation: "listUserSessions" } as const;

export interface __PASCAL__ClientOptions extends CommonClientOptions {
  /** Tenant domain: fills the spec's server URL (`x-idp-sessions.option: domain`). */
  domain?: string | undefined;
  /** Instead of `domain`: the full API URL. */
  baseUrl?: string | undefined;
  /** An API token. */
  token?: string | undefined;
  /** Instead of `token`: returns a token; called again, once, after a 401. */
  getToken?: TokenGetter | undefined;
}

export type __PASCAL__Client = Client<paths>;

/** A typed client for __TITLE__'s sessions endpoint (servers and security from the spec). */
export function create__PASCAL__Client(options: __PASCAL__ClientOptions): __PASCAL__Client {
  const auth = specBearerAuth(__CONST__, SECURITY, options);
  return createApiClient<paths>({
    ...options,
    context: __CONST__,
    baseUrl: serverBaseUrl(__CONST__, SERVERS, options.baseUrl, { domain: options.domain }),
    auth,
  });
}
