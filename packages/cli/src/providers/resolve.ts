import type { ContractProvider, Env } from "@idp-sessions/contract";
import { UsageError } from "../exit-codes.js";
import { named, SETTING_FLAGS, type Setting, settingsFor, settingsOf } from "./settings.js";

/** A provider's settings with their values, and where each value came from. */
export interface Resolved {
  provider: ContractProvider;
  /** By the client library's option name (`domain`, `baseUrl`, `token`, `userId`). */
  values: Record<string, string | undefined>;
  /** By option name: the flag (`--base-url`) or variable (`AUTH0_BASE_URL`) the value came from. */
  sources: Record<string, string>;
}

export type Flags = Record<string, string | undefined>;

/**
 * A provider's settings from the command line and the environment. A flag wins over its variable, and an
 * address given on the command line (`--domain` or `--base-url`) replaces the environment's address in
 * either form. Errors name flags and variables, never values.
 */
export function resolveSettings(provider: ContractProvider, flags: Flags, env: Env): Resolved {
  const own = settingsOf(provider);
  for (const flag of SETTING_FLAGS) {
    const value = flags[flag];
    if (value === undefined) continue;
    if (!own.some((s) => s.flag === flag)) throw new UsageError(`--${flag} does not apply to ${provider}`);
    if (value === "") throw new UsageError(`--${flag} is empty`);
  }
  const resolved: Resolved = { provider, values: {}, sources: {} };
  const take = (setting: Setting, from: "flag" | "env") => {
    const value = from === "flag" ? flags[setting.flag] : env[setting.variable] || undefined;
    if (value === undefined) return false;
    resolved.values[setting.option] = value;
    resolved.sources[setting.option] = from === "flag" ? `--${setting.flag}` : setting.variable;
    return true;
  };

  const { address, baseUrl } = settingsFor(provider);
  if (flags[address.flag] !== undefined && flags[baseUrl.flag] !== undefined) {
    throw new UsageError(`pass either --${address.flag} or --${baseUrl.flag}, not both`);
  }
  if (!take(address, "flag") && !take(baseUrl, "flag")) {
    if (env[address.variable] && env[baseUrl.variable]) {
      throw new UsageError(
        `${address.variable} and ${baseUrl.variable} are both set; unset one, or pass --${address.flag} or --${baseUrl.flag}, which replaces both`,
      );
    }
    if (!take(address, "env")) take(baseUrl, "env");
  }
  for (const setting of own.slice(2)) {
    if (!take(setting, "flag")) take(setting, "env");
  }

  const missing = missingSettings(provider, resolved.values);
  if (missing.length > 0) throw new UsageError(`${provider} needs ${missing.join(", ")}`);
  return resolved;
}

/** What is still missing, named as `--token (AUTH0_TOKEN)`. */
function missingSettings(provider: ContractProvider, values: Resolved["values"]): string[] {
  const s = settingsFor(provider);
  const missing: string[] = [];
  if (!values[s.address.option] && !values[s.baseUrl.option])
    missing.push(`${named(s.address)} or ${named(s.baseUrl)}`);
  const required = [...s.required];
  // Ory Network needs its API key; a self-hosted admin API (a base URL) needs none.
  if (provider === "ory-kratos" && values[s.address.option]) required.push("token");
  for (const setting of [...s.credentials, ...s.params]) {
    const needed = required.includes(setting.option) || s.params.includes(setting);
    if (needed && !values[setting.option]) missing.push(named(setting));
  }
  return missing;
}
