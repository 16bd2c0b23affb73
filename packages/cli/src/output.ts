import type { Session } from "@idp-sessions/normalize";

export type Format = "table" | "json" | "ndjson" | "csv";
export const FORMATS: readonly Format[] = ["table", "json", "ndjson", "csv"];

/** The columns of the table and CSV formats. */
export const COLUMNS: readonly [string, (s: Session) => string][] = [
  ["provider", (s) => s.provider],
  ["session id", (s) => s.id ?? ""],
  ["status", (s) => s.status],
  ["ip", (s) => s.ip ?? ""],
  ["user agent", (s) => s.userAgent ?? ""],
  ["created", (s) => s.createdAt ?? ""],
  ["expires", (s) => s.expiresAt ?? ""],
  ["methods", (s) => s.authMethods.map((m) => m.method).join("+")],
];

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** An aligned text table; long cells (user agents) are cut to keep rows on one line. */
export function table(sessions: readonly Session[]): string {
  const widths = { "user agent": 40, "session id": 36 } as Record<string, number>;
  const rows = sessions.map((s) => COLUMNS.map(([name, get]) => truncate(get(s), widths[name] ?? 40)));
  const header = COLUMNS.map(([name]) => name);
  const sizes = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(sizes[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(header), line(sizes.map((n) => "-".repeat(n))), ...rows.map(line)].join("\n");
}

/** RFC 4180 CSV. */
export function csvRow(cells: readonly string[]): string {
  return cells.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",");
}

export function csvHeader(): string {
  return csvRow(COLUMNS.map(([name]) => name));
}

export function csvLine(session: Session): string {
  return csvRow(COLUMNS.map(([, get]) => get(session)));
}
