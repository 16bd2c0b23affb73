import { ConfigurationError } from "@idp-sessions/core";
import { MAPPERS } from "./generated/providers.gen.js";
import type { NormalizeOptions, ProviderId, RawSessions, SessionOf } from "./session.js";

type Mappers = { [P in ProviderId]: (raw: RawSessions[P], options?: NormalizeOptions) => SessionOf<P> };

/**
 * Every provider's mapper, from the generated registry (`normalize<Name>Session` in src/providers/<id>.ts);
 * a mapper whose types do not fit its provider's session is a type error here.
 */
export const mappers = MAPPERS satisfies Mappers;

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
