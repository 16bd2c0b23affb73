import {
  type Authenticator,
  type CommonClientOptions,
  ConfigurationError,
  checkHeaderValue,
  createApiClient,
  type ErrorContext,
  serverBaseUrl,
} from "@idp-sessions/core/internal";
import type { Client } from "openapi-fetch";
import { SERVERS } from "./generated/operations.gen.js";
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

/**
 * AK/SK signing as an Authenticator: every attempt (retries and same-origin redirect hops too) gets a fresh
 * date and a signature over its own path. The spec's security schemes are `handwritten: akSkSigner`: no
 * declaration can say how to sign, so this stays here rather than in `specAuth`.
 */
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
  // The AK and the security token travel in headers, the SK is an HMAC key: none may hold a control
  // character (a header would be split, or fetch would quote the value in its error).
  const context: ErrorContext = {
    ...HUAWEI_IDENTITY_CENTER,
    secrets: () => [options.secretAccessKey ?? "", options.securityToken ?? ""].filter(Boolean),
  };
  const credentials: HuaweiCredentials = {
    accessKeyId: checkHeaderValue(context, "accessKeyId", options.accessKeyId),
    secretAccessKey: checkHeaderValue(context, "secretAccessKey", options.secretAccessKey),
    securityToken:
      options.securityToken === undefined
        ? undefined
        : checkHeaderValue(context, "securityToken", options.securityToken),
  };
  return createApiClient<paths>({
    fetch: options.fetch,
    maxRetries: options.maxRetries,
    timeoutMs: options.timeoutMs,
    maxResponseBytes: options.maxResponseBytes,
    userAgent: options.userAgent,
    context: HUAWEI_IDENTITY_CENTER,
    // The spec's servers: `https://identitystore.{region}.myhuaweicloud.com`, `{region}` from `region`.
    baseUrl: serverBaseUrl(HUAWEI_IDENTITY_CENTER, SERVERS, options.baseUrl, { region: options.region }),
    auth: akSkAuth(credentials),
  });
}
