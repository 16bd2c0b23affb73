import {
  APIError,
  type APIErrorDetail,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  type ErrorContext,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./errors.js";
import { retryAfterMs } from "./retry-after.js";

/** What a provider package reads out of its documented error body. */
export interface ParsedErrorBody {
  code?: string | undefined;
  message?: string | undefined;
  requestId?: string | undefined;
}

/** Reads a provider's error body; it must accept any value (the body may be anything). */
export type ErrorBodyParser = (body: unknown) => ParsedErrorBody;

const byStatus: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

export interface CreateApiErrorInput {
  context: ErrorContext;
  response: Response;
  body: unknown;
  parseBody: ErrorBodyParser;
  /** Header that carries the provider's request id, e.g. `x-request-id`. */
  requestIdHeader?: string | undefined;
  /** Credential values to scrub from anything the server sent back, besides the context's `secrets()`. */
  secrets?: readonly string[];
}

/**
 * The one place where an error status becomes a typed error. The APIError constructor redacts and caps
 * what the server sent (body, code, message, request id), so nothing is cut here before redaction.
 */
export function createApiError(input: CreateApiErrorInput): APIError {
  const { response, body } = input;
  const extra = input.secrets ?? [];
  const context: ErrorContext = {
    provider: input.context.provider,
    operation: input.context.operation,
    secrets: () => [...(input.context.secrets?.() ?? []), ...extra],
  };
  const parsed = safeParse(input.parseBody, body);
  const headerId = input.requestIdHeader ? response.headers.get(input.requestIdHeader) : null;
  const detail: APIErrorDetail = {
    status: response.status,
    requestId: parsed.requestId ?? headerId ?? undefined,
    code: parsed.code,
    providerMessage: parsed.message ?? (typeof body === "string" && body.length > 0 ? body : undefined),
    retryAfterMs: retryAfterMs(response.headers),
    body,
  };
  const ErrorClass = byStatus[response.status] ?? (response.status >= 500 ? InternalServerError : APIError);
  return new ErrorClass(context, detail);
}

/** A provider's parser must accept any body; should one throw anyway, the error keeps only the status. */
function safeParse(parse: ErrorBodyParser, body: unknown): ParsedErrorBody {
  try {
    const parsed = parse(body);
    return {
      code: typeof parsed.code === "string" ? parsed.code : undefined,
      message: typeof parsed.message === "string" ? parsed.message : undefined,
      requestId: typeof parsed.requestId === "string" ? parsed.requestId : undefined,
    };
  } catch {
    return {};
  }
}
