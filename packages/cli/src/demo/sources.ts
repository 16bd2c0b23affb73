import type { ContractProvider } from "@idp-sessions/contract";
import { printable } from "../text/printable.js";
import { pad, wrap } from "../text/width.js";

/** Where one provider's sessions came from. */
export interface Source {
  provider: ContractProvider;
  count: number;
  /** The variable the real tenant's address came from (`AUTH0_DOMAIN`); undefined: the mock server. */
  tenantVariable: string | undefined;
  /** Why listing failed: the error's message, which may quote the server (it is escaped here). */
  error?: string | undefined;
}

/**
 * One aligned line per provider: how many sessions, and whether they came from the mock server or from a
 * real tenant (because its variables are set), or why they could not be listed. Variable names only:
 * values are never printed.
 */
export function sourceLines(sources: readonly Source[], width: number | undefined): string[] {
  const name = Math.max(...sources.map((s) => s.provider.length));
  const counts = sources.map((s) =>
    s.error !== undefined ? "failed" : `${s.count} ${s.count === 1 ? "session" : "sessions"}`,
  );
  const count = Math.max(...counts.map((c) => c.length));
  return [
    "Listed from:",
    ...sources.flatMap((source, i) => {
      const first = `  ${pad(source.provider, name)}  ${(counts[i] ?? "").padStart(count)}  `;
      const where = source.tenantVariable ? `the real tenant (${source.tenantVariable})` : "the mock server";
      const text = source.error === undefined ? `from ${where}` : `at ${where}: ${printable(source.error)}`;
      return wrap(text, width, first, " ".repeat(first.length));
    }),
  ];
}
