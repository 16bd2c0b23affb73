/**
 * The public surface of `@idp-sessions/core`: the error classes every client throws, the session listing
 * and its options, the options every client takes, the authenticator interface, and the defaults and
 * bounds those options have. What the provider packages build clients from is in
 * `@idp-sessions/core/internal` (./internal.ts), which applications do not import.
 */
export type { Authenticator, TokenGetter } from "./auth.js";
export {
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  MAX_MAX_RETRIES,
  MAX_TIMEOUT_MS,
} from "./check-options.js";
export type { CommonClientOptions } from "./client.js";
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
export { DEFAULT_MAX_PAGES, type ListOptions } from "./pagination/list-options.js";
export { type Page, SessionList } from "./pagination/session-list.js";
export { RequestBodyError, type RequestBodyProblem } from "./request-bounds.js";
export type { FetchFn } from "./retry-fetch.js";
export * from "./revoke/index.js";
