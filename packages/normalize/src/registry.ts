import { ConfigurationError } from "@idp-sessions/core";
import { normalizeAuth0Session } from "./providers/auth0.js";
import { normalizeHuaweiIdentityCenterSession } from "./providers/huawei-identitycenter.js";
import { normalizeMonoCloudSession } from "./providers/monocloud.js";
import { normalizeOryKratosSession } from "./providers/ory-kratos.js";
import { normalizeZitadelSession } from "./providers/zitadel.js";
import type { NormalizeOptions, ProviderId, RawSessions, SessionOf } from "./session.js";

type Mappers = { [P in ProviderId]: (raw: RawSessions[P], options?: NormalizeOptions) => SessionOf<P> };

/** Every provider's mapper. A provider added to RawSessions is a type error here until it is wired. */
export const mappers = {
  "huawei-identitycenter": normalizeHuaweiIdentityCenterSession,
  "ory-kratos": normalizeOryKratosSession,
  monocloud: normalizeMonoCloudSession,
  auth0: normalizeAuth0Session,
  zitadel: normalizeZitadelSession,
} as const satisfies Mappers;

export const PROVIDER_IDS = /* @__PURE__ */ Object.keys(mappers) as ProviderId[];

/** Maps one raw session of `provider` into the unified Session. Pure and synchronous. */
export function normalizeSession<P extends ProviderId>(
  provider: P,
  raw: RawSessions[P],
  options: NormalizeOptions = {},
): SessionOf<P> {
  if (!Object.hasOwn(mappers, provider)) {
    throw new ConfigurationError(
      { provider: String(provider), operation: "normalizeSession" },
      `unknown provider; known: ${PROVIDER_IDS.join(", ")}`,
    );
  }
  const mapper = mappers[provider] as Mappers[P];
  return mapper(raw, options);
}
