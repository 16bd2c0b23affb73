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

/** A typed client for ZITADEL's Session Service v2 (REST gateway): the spec's server and bearer auth. */
export function createZitadelClient(options: ZitadelClientOptions): ZitadelClient {
  // Credentials first, as before: a missing token is reported before a missing domain.
  const auth = specBearerAuth(ZITADEL, SECURITY, options);
  return createApiClient<paths>({
    ...options,
    context: ZITADEL,
    baseUrl: serverBaseUrl(ZITADEL, SERVERS, options.baseUrl, { domain: options.domain }),
    auth,
  });
}
