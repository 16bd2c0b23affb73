import {
  type ContractProvider,
  type ContractTarget,
  ENV_VARIABLES,
  type Env,
  missingVariables,
  targetFromEnv,
} from "@idp-sessions/contract";
import { UsageError } from "./exit-codes.js";

/** Which environment variable each command-line flag stands for, per provider. */
const FLAG_VARIABLES: Partial<Record<ContractProvider, Record<string, string>>> = {
  auth0: { user: "AUTH0_USER_ID", domain: "AUTH0_DOMAIN", "base-url": "AUTH0_BASE_URL", token: "AUTH0_TOKEN" },
  "ory-kratos": {
    user: "ORY_IDENTITY_ID",
    "project-slug": "ORY_PROJECT_SLUG",
    "base-url": "ORY_KRATOS_BASE_URL",
    token: "ORY_API_KEY",
  },
  monocloud: {
    user: "MONOCLOUD_USER_ID",
    domain: "MONOCLOUD_DOMAIN",
    "base-url": "MONOCLOUD_BASE_URL",
    "api-key": "MONOCLOUD_API_KEY",
  },
  zitadel: {
    user: "ZITADEL_USER_ID",
    domain: "ZITADEL_DOMAIN",
    "base-url": "ZITADEL_BASE_URL",
    token: "ZITADEL_TOKEN",
  },
  "huawei-identitycenter": {
    user: "HUAWEI_USER_ID",
    "identity-store": "HUAWEI_IDENTITY_STORE_ID",
    region: "HUAWEI_REGION",
    "base-url": "HUAWEI_BASE_URL",
    "access-key-id": "HUAWEI_ACCESS_KEY_ID",
    "secret-access-key": "HUAWEI_SECRET_ACCESS_KEY",
    "security-token": "HUAWEI_SECURITY_TOKEN",
  },
};

export const CREDENTIAL_FLAGS = [...new Set(Object.values(FLAG_VARIABLES).flatMap((m) => Object.keys(m)))];

/**
 * The client for a provider, from flags (which win) and the environment. Errors name the flags and
 * variables that are missing, never the values that were given.
 */
export function targetFor(
  provider: ContractProvider,
  flags: Record<string, string | undefined>,
  env: Env,
): ContractTarget {
  const merged: Env = { ...env };
  // A provider added later without flags of its own takes its settings from the environment (and --user).
  const own = FLAG_VARIABLES[provider] ?? {};
  if (!FLAG_VARIABLES[provider] && flags.user !== undefined) merged[ENV_VARIABLES[provider].user] = flags.user;
  for (const [flag, variable] of Object.entries(own)) {
    if (flags[flag] !== undefined) merged[variable] = flags[flag];
  }
  for (const flag of Object.keys(flags)) {
    if (flags[flag] !== undefined && flag !== "user" && CREDENTIAL_FLAGS.includes(flag) && !(flag in own)) {
      throw new UsageError(`--${flag} does not apply to ${provider}`);
    }
  }
  const target = targetFromEnv(provider, merged);
  if (!target) {
    const byVariable = Object.fromEntries(Object.entries(own).map(([f, v]) => [v, f]));
    const missing = missingVariables(provider, merged).map((name) =>
      name
        .split(" or ")
        .map((v) => (byVariable[v] ? `--${byVariable[v]} (${v})` : v))
        .join(" or "),
    );
    throw new UsageError(`${provider} needs ${missing.join(", ")}`);
  }
  return target;
}
