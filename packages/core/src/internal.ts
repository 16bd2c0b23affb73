/**
 * `@idp-sessions/core/internal`: everything the provider packages build their clients from (the retry
 * fetch, authenticators, pagination strategies, spec bindings, shape guards, redaction). It follows the
 * provider packages' needs and may change in any release: applications import `@idp-sessions/core` (the
 * public surface, ./index.ts) or a provider package, never this.
 */
export { type Authenticator, bearerAuth, headerAuth, type TokenGetter } from "./auth.js";
export { backoffMs, sleep } from "./backoff.js";
export { checkBaseUrl, checkHostLabel, resolveBaseUrl } from "./base-url.js";
export {
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  MAX_MAX_RETRIES,
  MAX_TIMEOUT_MS,
} from "./check-options.js";
export { type ClientContext, type CommonClientOptions, clientContext, createApiClient } from "./client.js";
export { createApiError, type ErrorBodyParser, type ParsedErrorBody } from "./error-factory.js";
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  type APIErrorDetail,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  CredentialsError,
  type ErrorContext,
  IdpSessionsError,
  InternalServerError,
  MAX_MESSAGE_LENGTH,
  MAX_PROVIDER_TEXT_LENGTH,
  NotFoundError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  ResponseTooLargeError,
  ResponseValidationError,
  UnprocessableEntityError,
} from "./errors.js";
export { checkHeaderValue, headerValueProblem } from "./header-value.js";
// Pagination and path parameters: their own barrels, so that these files can grow exports on their own.
export * from "./pagination/index.js";
export * from "./path.js";
export { MAX_REDACT_DEPTH, redact, redactString, TRUNCATED } from "./redact.js";
export { MAX_REDIRECTS, type RedirectDecision, redirectDecision } from "./redirect.js";
export {
  type BodySchema,
  checkRequestBody,
  RequestBodyError,
  type RequestBodyProblem,
  requestBodyProblem,
} from "./request-bounds.js";
export { MAX_RETRY_AFTER_MS, retryAfterMs } from "./retry-after.js";
export { createRetryFetch, type FetchFn, type RetryFetchOptions } from "./retry-fetch.js";
export { type FetchResult, type ProviderErrors, sendRequest } from "./send.js";
export { expectArray, expectObject, expectUint64, jsonType, stringAt } from "./shape.js";
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
