import {
  type CommonClientOptions,
  ConfigurationError,
  createApiClient,
  headerAuth,
  resolveBaseUrl,
} from "@idp-sessions/core";
import type { Client } from "openapi-fetch";
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

/** A typed client for MonoCloud's management API sessions endpoint. */
export function createMonoCloudClient(options: MonoCloudClientOptions): MonoCloudClient {
  if (!options.apiKey) throw new ConfigurationError(MONOCLOUD, "pass apiKey");
  return createApiClient<paths>({
    ...options,
    context: MONOCLOUD,
    baseUrl: resolveBaseUrl(MONOCLOUD, options.baseUrl, {
      option: "domain",
      value: options.domain,
      toUrl: (host) => `https://${host}/api`,
    }),
    // Checked here: an API key that cannot be a header value is a ConfigurationError that never quotes it.
    auth: headerAuth("x-api-key", options.apiKey, { context: MONOCLOUD, option: "apiKey" }),
  });
}
