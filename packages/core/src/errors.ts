/**
 * The error hierarchy every idp-sessions client throws. Each error names the provider and the operation.
 * None keeps request headers, and every string a server could have put into one (message, fields, body,
 * cause chain) goes through one redaction path: the ErrorContext's `secrets()` plus credential patterns.
 */
import { type ErrorContext, IdpSessionsError, redactorFor } from "./error-base.js";
import { clip } from "./redact.js";

export * from "./api-error.js";
export { type ErrorContext, IdpSessionsError, MAX_MESSAGE_LENGTH } from "./error-base.js";

/** The options were wrong before any request was sent (bad base URL, missing credentials, bad parameter). */
export class ConfigurationError extends IdpSessionsError {}

/** The credentials could not be had: `getToken()` threw, returned nothing, or returned an unsendable value. */
export class CredentialsError extends IdpSessionsError {}

/** The request could not reach the server, or the connection broke (also while reading the body). */
export class APIConnectionError extends IdpSessionsError {}

/** One attempt, response body included, took longer than `timeoutMs` (after every retry). */
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

/**
 * The server redirected and the client did not follow: to another origin or to plain http (nothing was
 * sent there), too many hops, a method-changing redirect, or an unreadable target (a browser's opaque
 * redirect, status 0). `targetOrigin` is `scheme://host:port` of the target when it could be read.
 */
export class RedirectError extends IdpSessionsError {
  readonly status: number;
  readonly targetOrigin: string | undefined;
  constructor(context: ErrorContext, detail: { status: number; targetOrigin?: string | undefined; reason: string }) {
    super(context, detail.reason);
    this.status = detail.status;
    this.targetOrigin =
      detail.targetOrigin === undefined ? undefined : clip(redactorFor(context).text(detail.targetOrigin), 300);
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, targetOrigin: this.targetOrigin };
  }
}

/** A response body was larger than `maxResponseBytes` (counted after decompression); it is not retried. */
export class ResponseTooLargeError extends IdpSessionsError {
  readonly status: number;
  readonly maxResponseBytes: number;
  constructor(context: ErrorContext, detail: { status: number; maxResponseBytes: number; declared?: number }) {
    const what =
      detail.declared === undefined
        ? `the response body (HTTP ${detail.status}) exceeded maxResponseBytes (${detail.maxResponseBytes} bytes); stopped reading it`
        : `the response (HTTP ${detail.status}) declares ${detail.declared} bytes, more than maxResponseBytes (${detail.maxResponseBytes}); not read`;
    super(context, what);
    this.status = detail.status;
    this.maxResponseBytes = detail.maxResponseBytes;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, maxResponseBytes: this.maxResponseBytes };
  }
}

/** The most a ResponseValidationError quotes of each of its fields, after redaction. */
const MAX_FIELD_LENGTH = 200;

/** A response did not have the shape the spec describes; `pointer` is a JSON pointer into the body. */
export class ResponseValidationError extends IdpSessionsError {
  readonly pointer: string;
  readonly expected: string;
  readonly actual: string;
  constructor(context: ErrorContext, detail: { pointer: string; expected: string; actual: string; message?: string }) {
    const scrub = redactorFor(context);
    const field = (value: string) => clip(scrub.text(String(value)), MAX_FIELD_LENGTH);
    const pointer = field(detail.pointer);
    const expected = field(detail.expected);
    const actual = field(detail.actual);
    const what = detail.message === undefined ? `expected ${expected}, got ${actual}` : field(detail.message);
    super(context, `response does not match the spec at ${pointer || "/"}: ${what}`);
    this.pointer = pointer;
    this.expected = expected;
    this.actual = actual;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), pointer: this.pointer, expected: this.expected, actual: this.actual };
  }
}

/** Pagination could not go on safely: the server repeated a cursor or page (an endless loop otherwise). */
export class PaginationError extends IdpSessionsError {}
