import type { ContractProvider } from "@idp-sessions/contract";
import { pad, wrap } from "../text/width.js";

/** Where one provider's sessions came from. */
export interface Source {
  provider: ContractProvider;
  count: number;
  /** The variable the real tenant's address came from (`AUTH0_DOMAIN`); undefined: the mock server. */
  tenantVariable: string | undefined;
}

/**
 * One aligned line per provider: how many sessions, and whether they came from the mock server or from a
 * real tenant (because its variables are set). Variable names only: values are never printed.
 */
export function sourceLines(sources: readonly Source[], width: number | undefined): string[] {
  const name = Math.max(...sources.map((s) => s.provider.length));
  const counts = sources.map((s) => `${s.count} ${s.count === 1 ? "session" : "sessions"}`);
  const count = Math.max(...counts.map((c) => c.length));
  return [
    "Listed from:",
    ...sources.flatMap((source, i) => {
      const first = `  ${pad(source.provider, name)}  ${(counts[i] ?? "").padStart(count)}  `;
      const from = source.tenantVariable ? `from the real tenant (${source.tenantVariable})` : "from the mock server";
      return wrap(from, width, first, " ".repeat(first.length));
    }),
  ];
}
