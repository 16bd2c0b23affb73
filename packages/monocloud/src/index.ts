export type { CommonClientOptions, ListOptions, Page, SessionList } from "@idp-sessions/core";
// The error classes, so that `instanceof` works without importing @idp-sessions/core.
export * from "@idp-sessions/core/errors";
export { createMonoCloudClient, MONOCLOUD, type MonoCloudClient, type MonoCloudClientOptions } from "./client.js";
export { monoCloudErrors } from "./errors.js";
export { listSessions, type MonoCloudListParams } from "./list-sessions.js";
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
