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
// The error classes, so that `instanceof` works without importing @idp-sessions/core.
export * from "@idp-sessions/core/errors";
export { createMonoCloudClient, MONOCLOUD, type MonoCloudClient, type MonoCloudClientOptions } from "./client.js";
export { monoCloudErrors } from "./errors.js";
export { getSession, type MonoCloudGetSessionParams } from "./get-session.js";
export { listSessions, type MonoCloudListParams } from "./list-sessions.js";
export {
  type MonoCloudRevokeSessionOptions,
  type MonoCloudRevokeSessionParams,
  revokeSession,
} from "./revoke-session.js";
export { type MonoCloudUserParams, revokeUserSessions } from "./revoke-user-sessions.js";
export type {
  components,
  MonoCloudIdentityError,
  MonoCloudKeyValidationErrors,
  MonoCloudListQuery,
  MonoCloudPaginationMetadata,
  MonoCloudProblem,
  MonoCloudSession,
  MonoCloudSessionMetadata,
  MonoCloudValidationProblem,
  operations,
  paths,
} from "./types.js";
