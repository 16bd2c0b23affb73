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

export const ZITADEL = { provider: "zitadel", operation: "listSessions" } as const;

export interface ZitadelClientOptions extends CommonClientOptions {
  /** Instance domain, e.g. `my-instance-abc123.zitadel.cloud` (or a custom domain). */
  domain?: string | undefined;
  /** Instead of `domain`: the instance origin, e.g. `https://auth.example.com`. */
  baseUrl?: string | undefined;
  /** A personal access token or OAuth access token with `session.read`. */
  token?: string | undefined;
  /** Instead of `token`: returns a token; called again, once, after a 401. */
  getToken?: TokenGetter | undefined;
}

export type ZitadelClient = Client<paths>;

/** A typed client for ZITADEL's Session Service v2 (REST gateway). */
export function createZitadelClient(options: ZitadelClientOptions): ZitadelClient {
  if (!options.token && !options.getToken) throw new ConfigurationError(ZITADEL, "pass token or getToken");
  return createApiClient<paths>({
    ...options,
    context: ZITADEL,
    baseUrl: resolveBaseUrl(ZITADEL, options.baseUrl, {
      option: "domain",
      value: options.domain,
      toUrl: (host) => `https://${host}`,
    }),
    auth: bearerAuth(ZITADEL, options),
  });
}
