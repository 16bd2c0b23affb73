import type { Session } from "@idp-sessions/normalize";
import { COLUMNS } from "./table/columns.js";
import { printable } from "./text/printable.js";

export type Format = "table" | "json" | "ndjson" | "csv";
export const FORMATS: readonly Format[] = ["table", "json", "ndjson", "csv"];

/** What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"), tab and CR included. */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 cell for a spreadsheet. A value starting like a formula gets a leading `'` and quotes, as
 * OWASP recommends, so that `=HYPERLINK(...)` in a user agent stays text. Control characters are escaped
 * as in the table (`\n`, `\x1b`, `\\`): a field cannot start a new row, even for line-based tools, and
 * nothing acts on a terminal that shows the file. json and ndjson keep the exact values.
 */
export function csvCell(value: string): string {
  const formula = FORMULA.test(value);
  const text = `${formula ? "'" : ""}${printable(value)}`;
  return formula || /[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(",");
}

export function csvHeader(): string {
  return csvRow(COLUMNS.map((column) => column.key));
}

/** A session's cells as data: the user agent as sent, not the readable form the table shows. */
export function csvLine(session: Session): string {
  return csvRow(COLUMNS.map((column) => column.raw(session)));
}
