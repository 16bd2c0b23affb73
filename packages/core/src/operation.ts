import type { ClientContext } from "./client.js";
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
