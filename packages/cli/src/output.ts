import type { Session } from "@idp-sessions/normalize";
import { COLUMNS } from "./table/columns.js";

export type Format = "table" | "json" | "ndjson" | "csv";
export const FORMATS: readonly Format[] = ["table", "json", "ndjson", "csv"];

/** RFC 4180 CSV. CSV is data: values are written as the provider sent them (the raw user agent too). */
export function csvRow(cells: readonly string[]): string {
  return cells.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",");
}

export function csvHeader(): string {
  return csvRow(COLUMNS.map((column) => column.key));
}

export function csvLine(session: Session): string {
  return csvRow(COLUMNS.map((column) => column.raw(session)));
}
