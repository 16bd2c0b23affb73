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
  return createApiClient<paths>({
    ...options,
    context: ORY_KRATOS,
    baseUrl: serverBaseUrl(ORY_KRATOS, SERVERS, options.baseUrl, { projectSlug: options.projectSlug }),
    // The spec's security is optional: a self-hosted admin API has no authentication of its own, so
    // without a token there is no Authorization header.
    auth: specBearerAuth(ORY_KRATOS, SECURITY, options),
  });
}
