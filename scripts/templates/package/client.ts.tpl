import {
  bearerAuth,
  type CommonClientOptions,
  ConfigurationError,
  createApiClient,
  resolveBaseUrl,
  type TokenGetter,
} from "@idp-sessions/core";
import type { Client } from "openapi-fetch";
import type { paths } from "./types.js";

export const __CONST__ = { provider: "__ID__", operation: "listUserSessions" } as const;

export interface __PASCAL__ClientOptions extends CommonClientOptions {
  /** Tenant domain: the client calls `https://{domain}/api`. */
  domain?: string | undefined;
  /** Instead of `domain`: the full API URL. */
  baseUrl?: string | undefined;
  /** An API token. */
  token?: string | undefined;
  /** Instead of `token`: returns a token; called again, once, after a 401. */
  getToken?: TokenGetter | undefined;
}

export type __PASCAL__Client = Client<paths>;

/** A typed client for __TITLE__'s sessions endpoint. */
export function create__PASCAL__Client(options: __PASCAL__ClientOptions): __PASCAL__Client {
  if (!options.token && !options.getToken) throw new ConfigurationError(__CONST__, "pass token or getToken");
  return createApiClient<paths>({
    ...options,
    context: __CONST__,
    baseUrl: resolveBaseUrl(__CONST__, options.baseUrl, { option: "domain", value: options.domain, toUrl: (host) => `https://${host}/api` }),
    auth: bearerAuth(__CONST__, options),
  });
}
