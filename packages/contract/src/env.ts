import { PROVIDERS } from "./generated/providers.gen.js";
import type { ContractTarget } from "./runner.js";
import { CONTRACT_PROVIDERS, type ContractProvider } from "./specs.js";

export type Env = Record<string, string | undefined>;

export interface ProviderVariables {
  /** Alternatives: a natural address or a base URL (the last one is the base URL). */
  oneOf: string[];
  /** Must all be set. */
  required: string[];
  /** May be set. */
  optional: string[];
  /** The variable naming the user whose sessions are listed. */
  user: string;
  /** The variable that takes each credential option of the client (`token`, `apiKey`, ...). */
  credentials: Record<string, string>;
}

/** A provider's variables, from its registry entry (its spec's servers, security and x-idp-sessions). */
function variablesOf(provider: ContractProvider): ProviderVariables {
  const p = PROVIDERS[provider];
  const required = p.credentials.filter((c) => (p.required as readonly string[]).includes(c.option));
  return {
    oneOf: [p.address.variable, p.baseUrl.variable],
    required: [...required, ...p.params].map((s) => s.variable),
    optional: p.credentials.filter((c) => !required.includes(c)).map((c) => c.variable),
    user: p.params.find((s) => s.option === p.user)?.variable ?? "",
    credentials: Object.fromEntries(p.credentials.map((c) => [c.option, c.variable])),
  };
}

/** The environment variables of each provider, for live contract checks and the CLI. */
export const ENV_VARIABLES = Object.fromEntries(CONTRACT_PROVIDERS.map((p) => [p, variablesOf(p)])) as Record<
  ContractProvider,
  ProviderVariables
>;

/** A server standing in for a tenant, as `@idp-sessions/mock` describes each of its servers. */
export interface StandInServer {
  baseUrl: string;
  credentials: Record<string, string>;
  users: readonly { userId: string; identityStoreId?: string }[];
}

/**
 * The live-mode environment that points each provider at a stand-in server (the mock servers) and its
 * first user, so that the same runner checks mock servers and real tenants.
 */
export function envForServers(servers: Partial<Record<ContractProvider, StandInServer>>): Env {
  const env: Env = {};
  for (const [provider, server] of Object.entries(servers) as [ContractProvider, StandInServer][]) {
    const variables = ENV_VARIABLES[provider];
    env[variables.oneOf.at(-1) ?? ""] = server.baseUrl;
    env[variables.user] = server.users[0]?.userId;
    for (const [option, name] of Object.entries(variables.credentials)) env[name] = server.credentials[option];
    // The listing's other parameters (Huawei's identity store) by option name, as the stand-in's users have them.
    const user: Record<string, string | undefined> = { ...server.users[0] };
    for (const param of PROVIDERS[provider].params) {
      if (param.option !== PROVIDERS[provider].user) env[param.variable] = user[param.option];
    }
  }
  return env;
}

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
 * A contract target built from the environment, or undefined when variables are missing. Its `secrets`
 * are the provider's credential values, redacted from its report.
 */
export function targetFromEnv(provider: ContractProvider, env: Env): ContractTarget | undefined {
  if (missingVariables(provider, env).length > 0) return undefined;
  const target = listerFor(provider, env);
  return target && { ...target, secrets: credentialValues(env, [provider]) };
}

function listerFor(provider: ContractProvider, env: Env): ContractTarget {
  const p = PROVIDERS[provider];
  const values: Record<string, string | undefined> = {};
  for (const s of [p.address, p.baseUrl, ...p.credentials, ...p.params])
    values[s.option] = env[s.variable] || undefined;
  return { provider, list: (fetch) => p.list(values, fetch) };
}
