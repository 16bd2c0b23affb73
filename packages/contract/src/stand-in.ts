import { ENV_VARIABLES, type Env } from "./env.js";
import { PROVIDERS } from "./generated/providers.gen.js";
import type { ContractProvider } from "./specs.js";

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
