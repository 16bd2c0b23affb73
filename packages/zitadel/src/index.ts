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
// A request body past one of the spec's bounds (a ConfigurationError with `pointer` and `keyword`).
export { RequestBodyError } from "@idp-sessions/core";
// The error classes, so that `instanceof` works without importing @idp-sessions/core.
export * from "@idp-sessions/core/errors";
export { createZitadelClient, ZITADEL, type ZitadelClient, type ZitadelClientOptions } from "./client.js";
export { zitadelErrors } from "./errors.js";
export { getSession, type ZitadelGetSessionParams } from "./get-session.js";
export {
  DEFAULT_ZITADEL_PAGE_SIZE,
  listSessions,
  type ZitadelListParams,
  type ZitadelPassThroughParams,
} from "./list-sessions.js";
export {
  revokeSession,
  type ZitadelRevokeSessionOptions,
  type ZitadelRevokeSessionParams,
  type ZitadelUserParams,
} from "./revoke-session.js";
export { revokeUserSessions } from "./revoke-user-sessions.js";
export type {
  components,
  operations,
  paths,
  ZitadelErrorBody,
  ZitadelListSessionsRequest,
  ZitadelListSessionsResponse,
  ZitadelSearchQuery,
  ZitadelSession,
} from "./types.js";
