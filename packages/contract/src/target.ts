import { credentialValues, ENV_VARIABLES, type Env, missingVariables } from "./env.js";
import { PROVIDERS } from "./generated/providers.gen.js";
import type { SettingValues } from "./provider-entry.js";
import type { ContractTarget, DestructiveTarget } from "./runner.js";
import { SESSION_CALLS, type SessionCall } from "./session-calls.js";
import type { ContractProvider } from "./specs.js";

/**
 * A contract target built from the environment, or undefined when variables are missing: the listing of
 * the user the user variable names and the get of one of its sessions, and, when the destructive user
 * variable is set, that test user's listing and revoke (which only a run with `destructive: true` uses).
 * Its `secrets` are the provider's credential values, redacted from its report.
 */
export function targetFromEnv(provider: ContractProvider, env: Env): ContractTarget | undefined {
  if (missingVariables(provider, env).length > 0) return undefined;
  const p = PROVIDERS[provider];
  const values: Record<string, string | undefined> = {};
  for (const s of [p.address, p.baseUrl, ...p.credentials, ...p.params])
    values[s.option] = env[s.variable] || undefined;
  const calls = SESSION_CALLS[provider];
  const get = calls?.get;
  const testUser = env[ENV_VARIABLES[provider].destructiveUser] || undefined;
  return {
    provider,
    list: (fetch) => p.list(values, fetch),
    ...(get ? { get: (fetch, sessionId) => get(values, fetch, sessionId) } : {}),
    ...(testUser && calls
      ? { destructive: destructiveTarget(provider, calls.revoke, { ...values, [p.user]: testUser }) }
      : {}),
    secrets: credentialValues(env, [provider]),
  };
}

/** The dedicated test user's listing and revoke: `values` name that user, never the listed one. */
function destructiveTarget(provider: ContractProvider, revoke: SessionCall, values: SettingValues): DestructiveTarget {
  return {
    list: (fetch) => PROVIDERS[provider].list(values, fetch),
    revoke: (fetch, sessionId) => revoke(values, fetch, sessionId),
  };
}
