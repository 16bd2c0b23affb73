/**
 * The error hierarchy every idp-sessions client throws. Each error names the provider and the operation;
 * none carries request headers, so no credential can travel inside one (see redact.ts for bodies).
 */

export interface ErrorContext {
  /** Provider id, e.g. `auth0`. */
  readonly provider: string;
  /** The spec's operationId, e.g. `getUserSessions`. */
  readonly operation: string;
}

/** Base class: every error thrown by an idp-sessions package is an `IdpSessionsError`. */
export class IdpSessionsError extends Error {
  readonly provider: string;
  readonly operation: string;

  constructor(context: ErrorContext, message: string, options?: { cause?: unknown }) {
    super(`${context.provider} ${context.operation}: ${message}`, options);
    this.name = new.target.name;
    this.provider = context.provider;
    this.operation = context.operation;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, provider: this.provider, operation: this.operation };
  }
}

/** The options were wrong before any request was sent (bad base URL, missing credentials, bad parameter). */
export class ConfigurationError extends IdpSessionsError {}

/** The credentials could not be had: `getToken()` threw or returned nothing. */
export class CredentialsError extends IdpSessionsError {}

/** The request could not reach the server, or the connection broke. */
export class APIConnectionError extends IdpSessionsError {}

/** One attempt took longer than `timeoutMs` (after every retry). */
export class APIConnectionTimeoutError extends APIConnectionError {
  readonly timeoutMs: number;
  constructor(context: ErrorContext, timeoutMs: number, options?: { cause?: unknown }) {
    super(context, `request timed out after ${timeoutMs} ms`, options);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's `AbortSignal` aborted the request. */
export class APIUserAbortError extends IdpSessionsError {
  constructor(context: ErrorContext, options?: { cause?: unknown }) {
    super(context, "request was aborted by the caller", options);
  }
}

/** A response did not have the shape the spec describes; `pointer` is a JSON pointer into the body. */
export class ResponseValidationError extends IdpSessionsError {
  readonly pointer: string;
  readonly expected: string;
  readonly actual: string;
  constructor(context: ErrorContext, detail: { pointer: string; expected: string; actual: string; message?: string }) {
    const what = detail.message ?? `expected ${detail.expected}, got ${detail.actual}`;
    super(context, `response does not match the spec at ${detail.pointer || "/"}: ${what}`);
    this.pointer = detail.pointer;
    this.expected = detail.expected;
    this.actual = detail.actual;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), pointer: this.pointer, expected: this.expected, actual: this.actual };
  }
}

/** Pagination could not go on safely: the server repeated a cursor or page (an endless loop otherwise). */
export class PaginationError extends IdpSessionsError {}

export interface APIErrorDetail {
  status: number;
  /** The provider's request id, from its header or error body. */
  requestId?: string | undefined;
  /** The provider's own error code, e.g. `insufficient_scope`, `APIG.0308`, gRPC `7`. */
  code?: string | undefined;
  /** The provider's own error message. */
  providerMessage?: string | undefined;
  /** How long the server asked to wait before retrying, when it said. */
  retryAfterMs?: number | undefined;
  /** The parsed error body (redacted). */
  body?: unknown;
}

/** The server answered with an error status. Subclasses name the common statuses. */
export class APIError extends IdpSessionsError {
  readonly status: number;
  readonly requestId: string | undefined;
  readonly code: string | undefined;
  readonly providerMessage: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly body: unknown;

  constructor(context: ErrorContext, detail: APIErrorDetail) {
    const parts = [`HTTP ${detail.status}`];
    if (detail.code) parts.push(`[${detail.code}]`);
    if (detail.providerMessage) parts.push(detail.providerMessage);
    if (detail.requestId) parts.push(`(request id ${detail.requestId})`);
    super(context, parts.join(" "));
    this.status = detail.status;
    this.requestId = detail.requestId;
    this.code = detail.code;
    this.providerMessage = detail.providerMessage;
    this.retryAfterMs = detail.retryAfterMs;
    this.body = detail.body;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      requestId: this.requestId,
      code: this.code,
      providerMessage: this.providerMessage,
      retryAfterMs: this.retryAfterMs,
    };
  }
}

export class BadRequestError extends APIError {}
export class AuthenticationError extends APIError {}
export class PermissionDeniedError extends APIError {}
export class NotFoundError extends APIError {}
export class ConflictError extends APIError {}
export class UnprocessableEntityError extends APIError {}
export class RateLimitError extends APIError {}
export class InternalServerError extends APIError {}
