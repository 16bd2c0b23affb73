import type { ContractProvider } from "@idp-sessions/contract";
import { UsageError } from "../exit-codes.js";

/** One thing a provider's client needs, and the three names it goes by. */
export interface Setting {
  /** The command-line flag, without `--`. */
  flag: string;
  /** The environment variable (the same names as the live contract check). */
  variable: string;
  /** The client library's option or parameter name, as its errors quote it. */
  option: string;
  /** Secrets are never echoed, not even in a usage error. */
  secret?: boolean;
}

export interface ProviderSettings {
  /** The natural address (`--domain`, `--region`, `--project-slug`). */
  address: Setting;
  /** Instead of the address: the full base URL. */
  baseUrl: Setting;
  /** Credentials; `required` lists the ones without which nothing can be sent. */
  credentials: readonly Setting[];
  required: readonly string[];
  /** The user whose sessions are listed, and any other path parameter. */
  params: readonly Setting[];
}

const baseUrl = (variable: string): Setting => ({ flag: "base-url", variable, option: "baseUrl" });
const user = (variable: string, option = "userId"): Setting => ({ flag: "user", variable, option });

/**
 * Every provider's settings. Partial, so that a provider scaffolded by `pnpm new-provider` type-checks in
 * the CLI before anyone has named its flags; until then `list` refuses it (see `settingsFor`).
 */
export const SETTINGS: Partial<Record<ContractProvider, ProviderSettings>> = {
  auth0: {
    address: { flag: "domain", variable: "AUTH0_DOMAIN", option: "domain" },
    baseUrl: baseUrl("AUTH0_BASE_URL"),
    credentials: [{ flag: "token", variable: "AUTH0_TOKEN", option: "token", secret: true }],
    required: ["token"],
    params: [user("AUTH0_USER_ID")],
  },
  "ory-kratos": {
    address: { flag: "project-slug", variable: "ORY_PROJECT_SLUG", option: "projectSlug" },
    baseUrl: baseUrl("ORY_KRATOS_BASE_URL"),
    // Ory Network needs its key (see resolve.ts); a self-hosted admin API needs none.
    credentials: [{ flag: "token", variable: "ORY_API_KEY", option: "token", secret: true }],
    required: [],
    params: [user("ORY_IDENTITY_ID", "identityId")],
  },
  monocloud: {
    address: { flag: "domain", variable: "MONOCLOUD_DOMAIN", option: "domain" },
    baseUrl: baseUrl("MONOCLOUD_BASE_URL"),
    credentials: [{ flag: "api-key", variable: "MONOCLOUD_API_KEY", option: "apiKey", secret: true }],
    required: ["apiKey"],
    params: [user("MONOCLOUD_USER_ID")],
  },
  zitadel: {
    address: { flag: "domain", variable: "ZITADEL_DOMAIN", option: "domain" },
    baseUrl: baseUrl("ZITADEL_BASE_URL"),
    credentials: [{ flag: "token", variable: "ZITADEL_TOKEN", option: "token", secret: true }],
    required: ["token"],
    params: [user("ZITADEL_USER_ID")],
  },
  "huawei-identitycenter": {
    address: { flag: "region", variable: "HUAWEI_REGION", option: "region" },
    baseUrl: baseUrl("HUAWEI_BASE_URL"),
    credentials: [
      { flag: "access-key-id", variable: "HUAWEI_ACCESS_KEY_ID", option: "accessKeyId", secret: true },
      { flag: "secret-access-key", variable: "HUAWEI_SECRET_ACCESS_KEY", option: "secretAccessKey", secret: true },
      { flag: "security-token", variable: "HUAWEI_SECURITY_TOKEN", option: "securityToken", secret: true },
    ],
    required: ["accessKeyId", "secretAccessKey"],
    params: [
      { flag: "identity-store", variable: "HUAWEI_IDENTITY_STORE_ID", option: "identityStoreId" },
      user("HUAWEI_USER_ID"),
    ],
  },
};

/** A provider's settings; a usage error for a provider the CLI has no flags for yet. */
export function settingsFor(provider: ContractProvider): ProviderSettings {
  const settings = SETTINGS[provider];
  if (!settings) {
    throw new UsageError(`${provider} is not wired into the CLI yet (packages/cli/src/providers/settings.ts)`);
  }
  return settings;
}

/** Every setting of a provider, address first. */
export function settingsOf(provider: ContractProvider): Setting[] {
  const s = settingsFor(provider);
  return [s.address, s.baseUrl, ...s.credentials, ...s.params];
}

/** Every flag some provider takes, for the argument parser. */
export const SETTING_FLAGS: readonly string[] = [
  ...new Set((Object.keys(SETTINGS) as ContractProvider[]).flatMap((p) => settingsOf(p).map((s) => s.flag))),
];

/** `--domain (AUTH0_DOMAIN)`: how a usage error names a setting. */
export function named(setting: Setting): string {
  return `--${setting.flag} (${setting.variable})`;
}
