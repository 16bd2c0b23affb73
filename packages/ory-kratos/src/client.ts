import {
  type Authenticator,
  bearerAuth,
  type CommonClientOptions,
  createApiClient,
  resolveBaseUrl,
  type TokenGetter,
} from "@idp-sessions/core";
import type { Client } from "openapi-fetch";
import type { paths } from "./types.js";

export const ORY_KRATOS = { provider: "ory-kratos", operation: "listIdentitySessions" } as const;

export interface OryKratosClientOptions extends CommonClientOptions {
  /** Ory Network project slug: the client calls `https://{projectSlug}.projects.oryapis.com`. */
  projectSlug?: string | undefined;
  /** Instead of `projectSlug`: the origin of the admin API, e.g. `http://127.0.0.1:4434` when self-hosted. */
  baseUrl?: string | undefined;
  /** Ory Network API key (`ory_pat_...`). A self-hosted admin API needs none. */
  token?: string | undefined;
  /** Instead of `token`: returns a key; called again, once, after a 401. */
  getToken?: TokenGetter | undefined;
}

export type OryKratosClient = Client<paths>;

/** A typed client for the Kratos admin API (Ory Network or self-hosted). */
export function createOryKratosClient(options: OryKratosClientOptions): OryKratosClient {
  // A self-hosted admin API has no authentication of its own: no credentials, no Authorization header.
  const auth: Authenticator | undefined =
    options.token || options.getToken ? bearerAuth(ORY_KRATOS, options) : undefined;
  return createApiClient<paths>({
    ...options,
    context: ORY_KRATOS,
    baseUrl: resolveBaseUrl(ORY_KRATOS, options.baseUrl, {
      option: "projectSlug",
      value: options.projectSlug,
      toUrl: (slug) => `https://${slug}.projects.oryapis.com`,
    }),
    auth,
  });
}
