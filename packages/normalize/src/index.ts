export { type ListNormalizedOptions, listNormalizedSessions } from "./list.js";
export { normalizeAuth0Session } from "./providers/auth0.js";
export { normalizeHuaweiIdentityCenterSession } from "./providers/huawei-identitycenter.js";
export { normalizeMonoCloudSession } from "./providers/monocloud.js";
export { normalizeOryKratosSession } from "./providers/ory-kratos.js";
export { normalizeZitadelSession } from "./providers/zitadel.js";
export { mappers, normalizeSession, PROVIDER_IDS } from "./registry.js";
export type {
  NormalizeOptions,
  ProviderId,
  RawSessions,
  Session,
  SessionAuthMethod,
  SessionDevice,
  SessionFields,
  SessionLocation,
  SessionOf,
  SessionStatus,
} from "./session.js";
export { fromAuth0Date, fromEpoch, fromRfc3339 } from "./time.js";
export type { AuthMethodKind } from "./vocabulary.js";
