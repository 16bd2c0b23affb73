import { CONTRACT_PROVIDERS, type ContractProvider, isContractProvider } from "@idp-sessions/contract";
import { UsageError } from "../exit-codes.js";
import type { Flags } from "./resolve.js";
import { SETTING_FLAGS } from "./settings.js";

/** parseArgs options for --provider and every setting flag (--user, --domain, --token, ...). */
export const PROVIDER_OPTIONS = {
  provider: { type: "string" },
  ...Object.fromEntries(SETTING_FLAGS.map((f) => [f, { type: "string" as const }])),
} as const;

/** --provider and the setting flags as parsed, checked: a known provider and a --user (list, revoke). */
export function providerFlags(values: Record<string, unknown>): { provider: ContractProvider; flags: Flags } {
  const provider = String(values.provider ?? "");
  if (!isContractProvider(provider)) throw new UsageError(`--provider must be one of ${CONTRACT_PROVIDERS.join(", ")}`);
  const flags: Flags = Object.fromEntries(
    SETTING_FLAGS.map((f) => [f, typeof values[f] === "string" ? values[f] : undefined]),
  );
  if (!flags.user) throw new UsageError("--user is required");
  return { provider, flags };
}
