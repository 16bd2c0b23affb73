import { type CommonClientOptions, createApiClient, serverBaseUrl, specApiKeyAuth } from "@idp-sessions/core/internal";
import type { Client } from "openapi-fetch";
import { SECURITY, SERVERS } from "./generated/operations.gen.js";
import type { paths } from "./types.js";

export const MONOCLOUD = { provider: "monocloud", operation: "getUserSessions" } as const;

export interface MonoCloudClientOptions extends CommonClientOptions {
  /** Tenant domain, e.g. `your-tenant.us.monocloud.com` (or a custom domain). */
  domain?: string | undefined;
  /** Instead of `domain`: the full management API URL, e.g. `https://your-tenant.us.monocloud.com/api`. */
  baseUrl?: string | undefined;
  /** The management API key, sent as `X-API-KEY` (required; `undefined` is accepted for `process.env` values and refused at runtime). */
  apiKey: string | undefined;
}

export type MonoCloudClient = Client<paths>;

type ValuesOf<T> = T extends unknown ? T[keyof T] : never;
/** The client options that fill the spec's server variables (`tenant_domain` → `domain`). */
type ServerOption = Extract<ValuesOf<(typeof SERVERS)[number]["variables"]>, string>;

/** A typed client for MonoCloud's management API sessions endpoint. */
export function createMonoCloudClient(options: MonoCloudClientOptions): MonoCloudClient {
  // The API key header is the spec's (`X-API-KEY`); a key that cannot be a header value is a
  // ConfigurationError that never quotes it. Checked before the address, as it always was.
  const auth = specApiKeyAuth(MONOCLOUD, SECURITY, options);
  const address = { domain: options.domain } satisfies Record<ServerOption, string | undefined>;
  return createApiClient<paths>({
    ...options,
    context: MONOCLOUD,
    baseUrl: serverBaseUrl(MONOCLOUD, SERVERS, options.baseUrl, address),
    auth,
  });
}
