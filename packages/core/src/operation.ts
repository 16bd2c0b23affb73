import { type ClientContext, clientContext } from "./client.js";
import type { ErrorContext } from "./errors.js";
import type { FetchFn } from "./retry-fetch.js";

/** What the generated descriptor of an operation says about repeating it (x-idp-sessions `retry`). */
export interface RetryDescriptor {
  readonly retry: { readonly safe: boolean };
}

/** The client's context for one of its operations, so that its errors name that operation. */
export function operationContext(context: ClientContext, operation: string): ClientContext {
  return operation === context.operation ? context : { ...context, operation };
}

/**
 * The openapi-fetch request options that apply an operation's retry policy: nothing for an operation the
 * spec marks safe to repeat (the client's fetch retries it), the client's 429-only fetch otherwise.
 */
export function retryPolicy(context: ClientContext, op: RetryDescriptor): { fetch?: FetchFn } {
  return op.retry.safe || !context.unrepeatableFetch ? {} : { fetch: context.unrepeatableFetch };
}

/** A generated operation descriptor, as far as every call needs it. */
export interface OperationDescriptor extends RetryDescriptor {
  readonly operationId: string;
}

/**
 * What one call of an operation needs from its client: the context its errors carry (naming the
 * operation) and the request options of its retry policy.
 */
export function forOperation(
  client: object,
  fallback: ErrorContext,
  op: OperationDescriptor,
): { context: ClientContext; options: { fetch?: FetchFn } } {
  const context = operationContext(clientContext(client, fallback), op.operationId);
  return { context, options: retryPolicy(context, op) };
}
