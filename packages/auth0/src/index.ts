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
export { AUTH0, type Auth0Client, type Auth0ClientOptions, createAuth0Client } from "./client.js";
export { auth0Errors } from "./errors.js";
export { type Auth0GetSessionParams, getSession } from "./get-session.js";
export { type Auth0ListParams, listSessions } from "./list-sessions.js";
export {
  AUTH0_REVOKE_METHODS,
  type Auth0RevokeMethod,
  type Auth0RevokeSessionOptions,
  type Auth0RevokeSessionParams,
  revokeSession,
} from "./revoke-session.js";
export {
  type Auth0RevokeUserSessionsOptions,
  type Auth0UserParams,
  revokeUserSessions,
} from "./revoke-user-sessions.js";
export type {
  Auth0ErrorBody,
  Auth0ListQuery,
  Auth0Session,
  Auth0SessionsPage,
  components,
  operations,
  paths,
} from "./types.js";
