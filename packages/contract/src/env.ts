import { PROVIDERS } from "./generated/providers.gen.js";
import { CONTRACT_PROVIDERS, type ContractProvider } from "./specs.js";

export type Env = Record<string, string | undefined>;

export interface ProviderVariables {
  /** Alternatives: a natural address or a base URL (the last one is the base URL). */
  oneOf: string[];
  /** Must all be set. */
  required: string[];
  /** May be set. */
  optional: string[];
  /** The variable naming the user whose sessions are listed (and one of them got). */
  user: string;
  /**
   * The variable naming the dedicated test user of destructive checks (`AUTH0_DESTRUCTIVE_USER_ID`): one of
   * its sessions is revoked, and only when the run asks for it too (`destructive: true`).
   */
  destructiveUser: string;
  /** The variable that takes each credential option of the client (`token`, `apiKey`, ...). */
  credentials: Record<string, string>;
}

/** A provider's variables, from its registry entry (its spec's servers, security and x-idp-sessions). */
function variablesOf(provider: ContractProvider): ProviderVariables {
  const p = PROVIDERS[provider];
  const required = p.credentials.filter((c) => (p.required as readonly string[]).includes(c.option));
  const user = p.params.find((s) => s.option === p.user)?.variable ?? "";
  return {
    oneOf: [p.address.variable, p.baseUrl.variable],
    required: [...required, ...p.params].map((s) => s.variable),
    optional: p.credentials.filter((c) => !required.includes(c)).map((c) => c.variable),
    user,
    destructiveUser: destructiveVariable(provider, user),
    credentials: Object.fromEntries(p.credentials.map((c) => [c.option, c.variable])),
  };
}

/**
 * The user variable with `DESTRUCTIVE_` after the spec's prefix (x-idp-sessions.environment.prefix):
 * `AUTH0_USER_ID` → `AUTH0_DESTRUCTIVE_USER_ID`, `ORY_IDENTITY_ID` → `ORY_DESTRUCTIVE_IDENTITY_ID`.
 */
function destructiveVariable(provider: ContractProvider, user: string): string {
  const extension = PROVIDERS[provider].spec["x-idp-sessions"] as { environment?: { prefix?: string } } | undefined;
  const prefix = `${extension?.environment?.prefix ?? provider.toUpperCase()}_`;
  return user.startsWith(prefix) ? `${prefix}DESTRUCTIVE_${user.slice(prefix.length)}` : `${prefix}DESTRUCTIVE_${user}`;
}

/** The environment variables of each provider, for live contract checks and the CLI. */
export const ENV_VARIABLES = Object.fromEntries(CONTRACT_PROVIDERS.map((p) => [p, variablesOf(p)])) as Record<
  ContractProvider,
  ProviderVariables
>;

/** The variables a provider still needs, or [] when it can run. */
export function missingVariables(provider: ContractProvider, env: Env): string[] {
  const spec = ENV_VARIABLES[provider];
  const missing = spec.required.filter((name) => !env[name]);
  if (!spec.oneOf.some((name) => env[name])) missing.unshift(spec.oneOf.join(" or "));
  // Ory Network needs its API key; a self-hosted admin API (a base URL) needs none.
  if (provider === "ory-kratos" && env.ORY_PROJECT_SLUG && !env.ORY_API_KEY) missing.push("ORY_API_KEY");
  return missing;
}

/** The credential values in `env` (of one provider, or of all): what no report may contain. */
export function credentialValues(env: Env, providers: readonly ContractProvider[] = CONTRACT_PROVIDERS): string[] {
  return providers.flatMap((provider) =>
    Object.values(ENV_VARIABLES[provider]?.credentials ?? {}).flatMap((name) => env[name] || []),
  );
}

/**
 * The provider's variables that are set to the empty string (as an unset CI secret is): they count as
 * missing. An empty alternative address is not named when the other one is set (an empty AUTH0_DOMAIN
 * beside AUTH0_BASE_URL is no reason for a skip).
 */
export function emptyVariables(provider: ContractProvider, env: Env): string[] {
  const spec = ENV_VARIABLES[provider];
  const addressSet = spec.oneOf.some((name) => env[name]);
  const names = [...(addressSet ? [] : spec.oneOf), ...spec.required, ...spec.optional];
  return names.filter((name) => env[name] === "");
}
