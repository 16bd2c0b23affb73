import {
  type Authenticator,
  type CommonClientOptions,
  ConfigurationError,
  createApiClient,
  resolveBaseUrl,
} from "@idp-sessions/core";
import type { Client } from "openapi-fetch";
import { type HuaweiCredentials, signRequest } from "./signer.js";
import type { paths } from "./types.js";

export const HUAWEI_IDENTITY_CENTER = { provider: "huawei-identitycenter", operation: "listUserSessions" } as const;

export interface HuaweiIdentityCenterClientOptions extends CommonClientOptions {
  /** The access key id (required; `undefined` is accepted for `process.env` values and refused at runtime). */
  accessKeyId: string | undefined;
  /** The secret access key (required, as `accessKeyId`). */
  secretAccessKey: string | undefined;
  /** With temporary credentials: sent as `X-Security-Token` and signed. */
  securityToken?: string | undefined;
  /** Region of the identity store, e.g. `ap-southeast-1`: the client calls `https://identitystore.{region}.myhuaweicloud.com`. */
  region?: string | undefined;
  /** Instead of `region`: the endpoint origin. */
  baseUrl?: string | undefined;
}

export type HuaweiIdentityCenterClient = Client<paths>;

/** AK/SK signing as an Authenticator: every attempt (retries too) gets a fresh date and signature. */
function akSkAuth(credentials: HuaweiCredentials): Authenticator {
  return {
    async authenticate(request) {
      const unsigned = new Request(request);
      unsigned.headers.delete("x-sdk-date");
      return signRequest(unsigned, credentials);
    },
    secrets: () => [credentials.secretAccessKey, credentials.securityToken ?? ""].filter(Boolean),
  };
}

/** A typed client for Huawei Cloud IAM Identity Center's identity store sessions endpoint. */
export function createHuaweiIdentityCenterClient(
  options: HuaweiIdentityCenterClientOptions,
): HuaweiIdentityCenterClient {
  if (!options.accessKeyId || !options.secretAccessKey) {
    throw new ConfigurationError(HUAWEI_IDENTITY_CENTER, "pass accessKeyId and secretAccessKey");
  }
  const credentials: HuaweiCredentials = {
    accessKeyId: options.accessKeyId,
    secretAccessKey: options.secretAccessKey,
    securityToken: options.securityToken,
  };
  return createApiClient<paths>({
    fetch: options.fetch,
    maxRetries: options.maxRetries,
    timeoutMs: options.timeoutMs,
    userAgent: options.userAgent,
    context: HUAWEI_IDENTITY_CENTER,
    baseUrl: resolveBaseUrl(HUAWEI_IDENTITY_CENTER, options.baseUrl, {
      option: "region",
      value: options.region,
      toUrl: (region) => `https://identitystore.${region}.myhuaweicloud.com`,
    }),
    auth: akSkAuth(credentials),
  });
}
