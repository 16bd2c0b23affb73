import { type ErrorContext, IdpSessionsError, redactorFor } from "./error-base.js";
import { clip } from "./redact.js";

/** The most a server's code, message or request id contributes to an error, in characters. */
export const MAX_PROVIDER_TEXT_LENGTH = 500;

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
  /** The parsed error body. */
  body?: unknown;
}

/**
 * The server answered with an error status. Subclasses name the common statuses. Everything the server
 * sent is redacted with the context's secrets (body keys too); its code, message and request id are cut
 * to MAX_PROVIDER_TEXT_LENGTH characters after redaction.
 */
export class APIError extends IdpSessionsError {
  readonly status: number;
  readonly requestId: string | undefined;
  readonly code: string | undefined;
  readonly providerMessage: string | undefined;
  readonly retryAfterMs: number | undefined;
  /** The parsed error body, redacted. */
  readonly body: unknown;

  constructor(context: ErrorContext, detail: APIErrorDetail) {
    const scrub = redactorFor(context);
    const text = (value: unknown) =>
      typeof value === "string" && value.length > 0 ? clip(scrub.text(value), MAX_PROVIDER_TEXT_LENGTH) : undefined;
    const requestId = text(detail.requestId);
    const code = text(detail.code);
    const providerMessage = text(detail.providerMessage);
    const parts = [`HTTP ${detail.status}`];
    if (code) parts.push(`[${code}]`);
    if (providerMessage) parts.push(providerMessage);
    if (requestId) parts.push(`(request id ${requestId})`);
    super(context, parts.join(" "));
    this.status = detail.status;
    this.requestId = requestId;
    this.code = code;
    this.providerMessage = providerMessage;
    this.retryAfterMs = detail.retryAfterMs;
    this.body = scrub.data(detail.body);
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
