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
  TokenGetter,
  Verification,
} from "@idp-sessions/core";
// The error classes, so that `instanceof` works without importing @idp-sessions/core.
export * from "@idp-sessions/core/errors";
export { createOryKratosClient, ORY_KRATOS, type OryKratosClient, type OryKratosClientOptions } from "./client.js";
export { oryKratosErrors } from "./errors.js";
export { getSession, type OryKratosGetSessionParams } from "./get-session.js";
export { listSessions, type OryKratosListParams } from "./list-sessions.js";
export {
  type OryKratosRevokeSessionOptions,
  type OryKratosRevokeSessionParams,
  type OryKratosUserParams,
  revokeSession,
} from "./revoke-session.js";
export {
  ORY_KRATOS_REVOKE_METHODS,
  type OryKratosRevokeMethod,
  type OryKratosRevokeUserSessionsOptions,
  revokeUserSessions,
} from "./revoke-user-sessions.js";
export type {
  components,
  OryKratosErrorBody,
  OryKratosIdentity,
  OryKratosIdentityRegion,
  OryKratosKnownAuthenticationMethod,
  OryKratosListQuery,
  OryKratosSession,
  OryKratosSessionAuthenticationMethod,
  OryKratosSessionDevice,
  OryKratosSessionExpand,
  OryKratosSessionLookup,
  operations,
  paths,
} from "./types.js";
