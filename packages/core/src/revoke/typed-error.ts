import { abortable } from "../abort.js";
import {
  APIUserAbortError,
  AuthenticationError,
  type ErrorContext,
  IdpSessionsError,
  PermissionDeniedError,
} from "../errors.js";

/** Any failure as an IdpSessionsError (a revoker's own bug included), so that a report always holds typed errors. */
export function typedError(context: ErrorContext, cause: unknown): IdpSessionsError {
  if (cause instanceof IdpSessionsError) return cause;
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new IdpSessionsError(context, `failed unexpectedly (${reason})`, { cause });
}

/** True for errors that every further request would meet too: the credential is refused. */
export function isFatal(error: IdpSessionsError): boolean {
  return error instanceof AuthenticationError || error instanceof PermissionDeniedError;
}

/** Throws an APIUserAbortError once `signal` has aborted. */
export function throwIfAborted(context: ErrorContext, signal: AbortSignal): void {
  if (signal.aborted) throw new APIUserAbortError(context, { cause: signal.reason });
}

/** `promise`, settled at once with an APIUserAbortError when `signal` aborts. */
export async function untilAborted<T>(context: ErrorContext, promise: Promise<T>, signal: AbortSignal): Promise<T> {
  try {
    return await abortable(promise, signal);
  } catch (cause) {
    if (signal.aborted && !(cause instanceof APIUserAbortError)) throw new APIUserAbortError(context, { cause });
    throw cause;
  }
}
