import type { OperationId } from "./operation-ids.js";
import type { ContractProvider } from "./specs.js";
import { type ResponseLike, validateResponse } from "./validate-response.js";

/**
 * A vitest/jest matcher: `expect.extend(contractMatchers)`, then
 * `expect({ status, headers, body }).toMatchSpec("auth0")` (the listing's response) or
 * `.toMatchSpec("auth0", "getSession")` (that operation's).
 */
export const contractMatchers = {
  toMatchSpec(received: ResponseLike, provider: ContractProvider, operation?: OperationId) {
    const violations = validateResponse(provider, received, { operation });
    return {
      pass: violations.length === 0,
      message: () =>
        violations.length === 0
          ? `expected the response not to match the ${provider} spec`
          : `expected the response to match the ${provider} spec:\n${violations
              .map((v) => `  ${v.in} ${v.pointer || "/"}: ${v.message} (expected ${v.expected}, got ${v.actual})`)
              .join("\n")}`,
    };
  },
};

/**
 * The matcher's type, for your test setup:
 * `declare module "vitest" { interface Assertion<T> extends ContractMatchers<T> {} }`.
 */
export interface ContractMatchers<R = unknown> {
  toMatchSpec(provider: ContractProvider, operation?: OperationId): R;
}
