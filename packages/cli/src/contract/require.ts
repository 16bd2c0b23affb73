import { CONTRACT_PROVIDERS, type ContractProvider, isContractProvider } from "@idp-sessions/contract";
import { UsageError } from "../exit-codes.js";
import { printable } from "../text/printable.js";

/** `--require all` or `--require auth0,zitadel`: providers of this run whose skip fails it. */
export function requiredProviders(value: string | undefined, checked: readonly ContractProvider[]): ContractProvider[] {
  if (value === undefined) return [];
  const ids = value
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.length === 0) throw new UsageError("--require needs provider ids or all");
  if (ids.includes("all")) return [...checked];
  const out: ContractProvider[] = [];
  for (const id of ids) {
    if (!isContractProvider(id))
      throw new UsageError(
        `--require: unknown provider "${printable(id)}"; one of ${CONTRACT_PROVIDERS.join(", ")}, or all`,
      );
    if (!checked.includes(id)) throw new UsageError(`--require ${id}: not among the providers checked (--provider)`);
    if (!out.includes(id)) out.push(id);
  }
  return out;
}
