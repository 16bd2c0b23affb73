export type { CommonClientOptions, ListOptions, Page, SessionList } from "@idp-sessions/core";
// The error classes, so that `instanceof` works without importing @idp-sessions/core.
export * from "@idp-sessions/core/errors";
export {
  createHuaweiIdentityCenterClient,
  HUAWEI_IDENTITY_CENTER,
  type HuaweiIdentityCenterClient,
  type HuaweiIdentityCenterClientOptions,
} from "./client.js";
export { encodedAuthorizationMessage, huaweiIdentityCenterErrors } from "./errors.js";
export { type HuaweiIdentityCenterListParams, listSessions } from "./list-sessions.js";
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
