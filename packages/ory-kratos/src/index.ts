export type { CommonClientOptions, ListOptions, Page, SessionList, TokenGetter } from "@idp-sessions/core";
// The error classes, so that `instanceof` works without importing @idp-sessions/core.
export * from "@idp-sessions/core/errors";
export { createOryKratosClient, ORY_KRATOS, type OryKratosClient, type OryKratosClientOptions } from "./client.js";
export { oryKratosErrors } from "./errors.js";
export { listSessions, type OryKratosListParams } from "./list-sessions.js";
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
  operations,
  paths,
} from "./types.js";
