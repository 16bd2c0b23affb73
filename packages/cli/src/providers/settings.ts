import { type ContractProvider, PROVIDERS, type Setting } from "@idp-sessions/contract";

export type { Setting };

/** A provider's settings, from the registry that `pnpm generate` writes from its spec. */
export interface ProviderSettings {
  /** The natural address (`--domain`, `--region`, `--project-slug`). */
  address: Setting;
  /** Instead of the address: the full base URL. */
  baseUrl: Setting;
  /** Credentials; `required` lists the ones without which nothing can be sent. */
  credentials: readonly Setting[];
  required: readonly string[];
  /** The user whose sessions are listed, and any other parameter of the listing. */
  params: readonly Setting[];
}

/** A provider's settings (flags, variables and option names all come from its spec). */
export function settingsFor(provider: ContractProvider): ProviderSettings {
  return PROVIDERS[provider];
}

/** Every setting of a provider, address first. */
export function settingsOf(provider: ContractProvider): Setting[] {
  const s = settingsFor(provider);
  return [s.address, s.baseUrl, ...s.credentials, ...s.params];
}

/** Every flag some provider takes, for the argument parser. */
export const SETTING_FLAGS: readonly string[] = [
  ...new Set((Object.keys(PROVIDERS) as ContractProvider[]).flatMap((p) => settingsOf(p).map((s) => s.flag))),
];

/** `--domain (AUTH0_DOMAIN)`: how a usage error names a setting. */
export function named(setting: Setting): string {
  return `--${setting.flag} (${setting.variable})`;
}
