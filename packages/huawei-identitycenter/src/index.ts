export type {
  CommonClientOptions,
  ListOptions,
  Page,
  RevokeFailure,
  RevokeOptions,
  RevokeOutcome,
  RevokeReport,
  RevokeResult,
  SessionList,
  Verification,
} from "@idp-sessions/core";
// A batch delete body past the spec's bounds (a ConfigurationError with `pointer` and `keyword`).
export { RequestBodyError } from "@idp-sessions/core";
// The error classes, so that `instanceof` works without importing @idp-sessions/core.
export * from "@idp-sessions/core/errors";
export type { HuaweiIdentityCenterSessionId, HuaweiIdentityCenterUserParams } from "./batch-delete.js";
export {
  createHuaweiIdentityCenterClient,
  HUAWEI_IDENTITY_CENTER,
  type HuaweiIdentityCenterClient,
  type HuaweiIdentityCenterClientOptions,
} from "./client.js";
export { encodedAuthorizationMessage, huaweiIdentityCenterErrors } from "./errors.js";
export { type HuaweiIdentityCenterListParams, listSessions } from "./list-sessions.js";
export {
  type HuaweiIdentityCenterRevokeSessionOptions,
  type HuaweiIdentityCenterRevokeSessionParams,
  revokeSession,
} from "./revoke-session.js";
export { revokeUserSessions } from "./revoke-user-sessions.js";
export {
  canonicalQuery,
  canonicalRequest,
  canonicalUri,
  encodeRfc3986,
  formatSdkDate,
  type HuaweiCredentials,
  signRequest,
} from "./signer.js";
export type {
  components,
  HuaweiIdentityCenterErrorBody,
  HuaweiIdentityCenterListResponse,
  HuaweiIdentityCenterSession,
  operations,
  paths,
} from "./types.js";
