/**
 * `@idp-sessions/core/internal`: everything the provider packages build their clients from (the retry
 * fetch, authenticators, pagination strategies, spec bindings, shape guards, redaction). It follows the
 * provider packages' needs and may change in any release: applications import `@idp-sessions/core` (the
 * public surface, ./index.ts) or a provider package, never this.
 */

export { bearerAuth, headerAuth } from "./auth.js";
export { backoffMs, sleep } from "./backoff.js";
export { checkBaseUrl, checkHostLabel, resolveBaseUrl } from "./base-url.js";
export { checkChoice } from "./check-options.js";
export { type ClientContext, clientContext, createApiClient } from "./client.js";
export { createApiError, type ErrorBodyParser, type ParsedErrorBody } from "./error-factory.js";
export { checkHeaderValue, headerValueProblem } from "./header-value.js";
export * from "./index.js";
export {
  forOperation,
  type OperationDescriptor,
  operationContext,
  type RetryDescriptor,
  retryPolicy,
} from "./operation.js";
// Pagination and path parameters: their own barrels, so that these files can grow exports on their own.
export * from "./pagination/index.js";
export * from "./path.js";
export { MAX_REDACT_DEPTH, redact, redactString, TRUNCATED } from "./redact.js";
export { MAX_REDIRECTS, type RedirectDecision, redirectDecision } from "./redirect.js";
export { type BodySchema, checkRequestBody, requestBodyProblem } from "./request-bounds.js";
export { MAX_RETRY_AFTER_MS, retryAfterMs } from "./retry-after.js";
export { createRetryFetch, type RetryFetchOptions } from "./retry-fetch.js";
export { listedIds } from "./revoke/ids.js";
export { goneOn404 } from "./revoke/outcome.js";
export { revokeAll } from "./revoke/revoke-all.js";
export { EVENTUALLY_CONSISTENT, type Revoker } from "./revoke/revoker.js";
export { typedError } from "./revoke/typed-error.js";
export { type FetchResult, type ProviderErrors, sendRequest } from "./send.js";
export { sessionAt } from "./session-at.js";
export { expectArray, expectObject, expectUint64, jsonType, pointerTo, stringAt, valueAt } from "./shape.js";
export {
  type ErrorsDescriptor,
  passThroughQuery,
  type SchemeDescriptor,
  type SecurityDescriptor,
  type ServerDescriptor,
  type SpecCredentials,
  type SpecLocation,
  serverBaseUrl,
  specApiKeyAuth,
  specAuth,
  specBearerAuth,
  specErrors,
  textAt,
} from "./spec-bindings.js";
