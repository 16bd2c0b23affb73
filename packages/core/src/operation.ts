import { type ClientContext, clientContext } from "./client.js";
import type { ErrorContext } from "./errors.js";
import type { FetchFn } from "./retry-fetch.js";

/** What the generated descriptor of an operation says about repeating it (x-idp-sessions `retry`). */
export interface RetryDescriptor {
  readonly retry: { readonly safe: boolean };
}

/**
 * The client's context for one of its operations, so that its errors name that operation; `secrets` are a
 * call's own (a session token in a query) and are scrubbed from its errors with the client's.
 */
export function operationContext(
  context: ClientContext,
  operation: string,
  secrets: readonly string[] = [],
): ClientContext {
  if (operation === context.operation && secrets.length === 0) return context;
  const base = context.secrets;
  return { ...context, operation, secrets: secrets.length === 0 ? base : () => [...base(), ...secrets] };
}

/**
 * The openapi-fetch request options of one operation's call: the client's fetch bound to the operation's
 * context (so that even a connection error names the operation and hides the call's secrets) and to its
 * retry policy (an operation the spec does not mark safe to repeat is retried after a 429 only).
 */
export function retryPolicy(context: ClientContext, op: RetryDescriptor): { fetch?: FetchFn } {
  return context.fetchFor ? { fetch: context.fetchFor(context, op.retry.safe) } : {};
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
  secrets: readonly string[] = [],
): { context: ClientContext; options: { fetch?: FetchFn } } {
  const context = operationContext(clientContext(client, fallback), op.operationId, secrets);
  return { context, options: retryPolicy(context, op) };
}
