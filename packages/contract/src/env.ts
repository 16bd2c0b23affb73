import { createAuth0Client, listSessions as listAuth0 } from "@idp-sessions/auth0";
import { createHuaweiIdentityCenterClient, listSessions as listHuawei } from "@idp-sessions/huawei-identitycenter";
import { createMonoCloudClient, listSessions as listMonoCloud } from "@idp-sessions/monocloud";
import { createOryKratosClient, listSessions as listKratos } from "@idp-sessions/ory-kratos";
import { createZitadelClient, listSessions as listZitadel } from "@idp-sessions/zitadel";
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

/** The environment variables of each provider, for live contract checks and the CLI. */
export const ENV_VARIABLES: Record<ContractProvider, ProviderVariables> = {
  "huawei-identitycenter": {
    oneOf: ["HUAWEI_REGION", "HUAWEI_BASE_URL"],
    required: ["HUAWEI_ACCESS_KEY_ID", "HUAWEI_SECRET_ACCESS_KEY", "HUAWEI_IDENTITY_STORE_ID", "HUAWEI_USER_ID"],
    optional: ["HUAWEI_SECURITY_TOKEN"],
    user: "HUAWEI_USER_ID",
    credentials: {
      accessKeyId: "HUAWEI_ACCESS_KEY_ID",
      secretAccessKey: "HUAWEI_SECRET_ACCESS_KEY",
      securityToken: "HUAWEI_SECURITY_TOKEN",
    },
  },
  "ory-kratos": {
    oneOf: ["ORY_PROJECT_SLUG", "ORY_KRATOS_BASE_URL"],
    required: ["ORY_IDENTITY_ID"],
    optional: ["ORY_API_KEY"],
    user: "ORY_IDENTITY_ID",
    credentials: { token: "ORY_API_KEY" },
  },
  monocloud: {
    oneOf: ["MONOCLOUD_DOMAIN", "MONOCLOUD_BASE_URL"],
    required: ["MONOCLOUD_API_KEY", "MONOCLOUD_USER_ID"],
    optional: [],
    user: "MONOCLOUD_USER_ID",
    credentials: { apiKey: "MONOCLOUD_API_KEY" },
  },
  auth0: {
    oneOf: ["AUTH0_DOMAIN", "AUTH0_BASE_URL"],
    required: ["AUTH0_TOKEN", "AUTH0_USER_ID"],
    optional: [],
    user: "AUTH0_USER_ID",
    credentials: { token: "AUTH0_TOKEN" },
  },
  zitadel: {
    oneOf: ["ZITADEL_DOMAIN", "ZITADEL_BASE_URL"],
    required: ["ZITADEL_TOKEN", "ZITADEL_USER_ID"],
    optional: [],
    user: "ZITADEL_USER_ID",
    credentials: { token: "ZITADEL_TOKEN" },
  },
};

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
    // Huawei users live in an identity store.
    if (provider === "huawei-identitycenter") env.HUAWEI_IDENTITY_STORE_ID = server.users[0]?.identityStoreId;
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

type Fetch = (request: Request) => Promise<Response>;
const v = (env: Env, name: string) => env[name] || undefined;

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

function listerFor(provider: ContractProvider, env: Env): ContractTarget | undefined {
  switch (provider) {
    case "auth0":
      return {
        provider,
        list: (fetch: Fetch) =>
          listAuth0(
            createAuth0Client({
              domain: v(env, "AUTH0_DOMAIN"),
              baseUrl: v(env, "AUTH0_BASE_URL"),
              token: v(env, "AUTH0_TOKEN"),
              fetch,
            }),
            {
              userId: env.AUTH0_USER_ID ?? "",
            },
          ),
      };
    case "ory-kratos":
      return {
        provider,
        list: (fetch: Fetch) =>
          listKratos(
            createOryKratosClient({
              projectSlug: v(env, "ORY_PROJECT_SLUG"),
              baseUrl: v(env, "ORY_KRATOS_BASE_URL"),
              token: v(env, "ORY_API_KEY"),
              fetch,
            }),
            { identityId: env.ORY_IDENTITY_ID ?? "" },
          ),
      };
    case "monocloud":
      return {
        provider,
        list: (fetch: Fetch) =>
          listMonoCloud(
            createMonoCloudClient({
              domain: v(env, "MONOCLOUD_DOMAIN"),
              baseUrl: v(env, "MONOCLOUD_BASE_URL"),
              apiKey: v(env, "MONOCLOUD_API_KEY"),
              fetch,
            }),
            {
              userId: env.MONOCLOUD_USER_ID ?? "",
            },
          ),
      };
    case "zitadel":
      return {
        provider,
        list: (fetch: Fetch) =>
          listZitadel(
            createZitadelClient({
              domain: v(env, "ZITADEL_DOMAIN"),
              baseUrl: v(env, "ZITADEL_BASE_URL"),
              token: v(env, "ZITADEL_TOKEN"),
              fetch,
            }),
            {
              userId: env.ZITADEL_USER_ID ?? "",
            },
          ),
      };
    case "huawei-identitycenter":
      return {
        provider,
        list: (fetch: Fetch) =>
          listHuawei(
            createHuaweiIdentityCenterClient({
              region: v(env, "HUAWEI_REGION"),
              baseUrl: v(env, "HUAWEI_BASE_URL"),
              accessKeyId: v(env, "HUAWEI_ACCESS_KEY_ID"),
              secretAccessKey: v(env, "HUAWEI_SECRET_ACCESS_KEY"),
              securityToken: v(env, "HUAWEI_SECURITY_TOKEN"),
              fetch,
            }),
            { identityStoreId: env.HUAWEI_IDENTITY_STORE_ID ?? "", userId: env.HUAWEI_USER_ID ?? "" },
          ),
      };
  }
}
