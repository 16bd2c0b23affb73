import { AUTH0_REVOKE_METHODS } from "@idp-sessions/auth0";
import type { ContractProvider } from "@idp-sessions/contract";
import { ORY_KRATOS_REVOKE_METHODS } from "@idp-sessions/ory-kratos";
import { UsageError } from "../exit-codes.js";

/**
 * The ways of revoking a provider offers, as its package exports them (the first is its default). A
 * provider that exports none has one way only, and takes no `--method`.
 */
export const REVOKE_METHODS: Partial<Record<ContractProvider, readonly string[]>> = {
  auth0: AUTH0_REVOKE_METHODS,
  "ory-kratos": ORY_KRATOS_REVOKE_METHODS,
};

/**
 * The methods one session can be revoked with, where `revokeSession` takes a method: Auth0's. Kratos'
 * revokeSession always disables (its `delete` is the identity-wide call, for every session).
 */
export const SESSION_METHODS: Partial<Record<ContractProvider, readonly string[]>> = { auth0: AUTH0_REVOKE_METHODS };

/** `--method` for `provider` (or `where` names it, e.g. a person file's field), checked; undefined: the default. */
export function checkMethod(
  provider: ContractProvider,
  method: string | undefined,
  { where = "--method", oneSession = false } = {},
): string | undefined {
  if (method === undefined) return undefined;
  const allowed = (oneSession ? SESSION_METHODS : REVOKE_METHODS)[provider];
  if (!allowed) {
    const why = oneSession ? "one session is revoked one way" : "it has one way of revoking";
    throw new UsageError(`${where} does not apply to ${provider}${oneSession ? " with --session" : ""}: ${why}`);
  }
  if (!allowed.includes(method)) throw new UsageError(`${where} for ${provider} must be one of ${allowed.join(", ")}`);
  return method;
}

/** For --help: `auth0: revoke (default), delete; ory-kratos: disable (default), delete`. */
export function methodsHelp(): string {
  return Object.entries(REVOKE_METHODS)
    .map(([provider, methods]) => `${provider}: ${methods.map((m, i) => (i === 0 ? `${m} (default)` : m)).join(", ")}`)
    .join("; ");
}
