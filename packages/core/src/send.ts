import type { ClientContext } from "./client.js";
import { createApiError, type ErrorBodyParser } from "./error-factory.js";
import { APIConnectionError, IdpSessionsError, ResponseValidationError } from "./errors.js";

/** How a provider's errors look: its body parser and the header carrying its request id. */
export interface ProviderErrors {
  parseBody: ErrorBodyParser;
  requestIdHeader?: string | undefined;
}

/** The shape of an openapi-fetch result, loose enough to accept any operation's. */
export interface FetchResult<TData> {
  data?: TData;
  error?: unknown;
  response: Response;
}

/**
 * Runs one openapi-fetch call and turns every way it can fail into a typed error: an error status into
 * the APIError subclass for it, a body that is not JSON into a ResponseValidationError. Errors of the
 * retry fetch (connection, timeout, abort, redirect, size) pass through as they are.
 */
export async function sendRequest<TData>(
  context: ClientContext,
  errors: ProviderErrors,
  call: () => Promise<FetchResult<TData>>,
): Promise<{ data: TData | undefined; response: Response }> {
  let result: FetchResult<TData>;
  try {
    result = await call();
  } catch (cause) {
    if (cause instanceof IdpSessionsError) throw cause;
    if (cause instanceof SyntaxError) {
      throw new ResponseValidationError(context, {
        pointer: "",
        expected: "a JSON body",
        actual: "a body that is not valid JSON",
      });
    }
    // The retry fetch reads bodies itself, so what lands here is a middleware's own failure.
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new APIConnectionError(context, `the request failed (${reason})`, { cause });
  }
  const { response } = result;
  if (!response.ok) {
    throw createApiError({
      context,
      response,
      body: result.error,
      parseBody: errors.parseBody,
      requestIdHeader: errors.requestIdHeader,
    });
  }
  return { data: result.data, response };
}
