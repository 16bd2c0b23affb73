import type { Session } from "@idp-sessions/normalize";
import { printable } from "../text/printable.js";
import { cut, displayWidth, pad, wrap } from "../text/width.js";
import { COLUMNS, type ColumnKey } from "./columns.js";
import { type EmptyCell, whyEmpty } from "./gaps.js";
import { GAP, layout, type Natural } from "./layout.js";

/** Shown in an empty cell; the notes under the table say why it is empty. */
export const EMPTY = "—";

export interface TableOptions {
  /** Terminal columns to fit (see `outputWidth`); undefined: no limit, every column in full. */
  width?: number | undefined;
}

/**
 * An aligned text table for a person: readable user agents, every cell escaped for the terminal, no line
 * wider than `width` (columns shortened or hidden, see layout.ts), then a note per reason a cell is empty
 * and the columns left out.
 */
export function table(sessions: readonly Session[], options: TableOptions = {}): string {
  const { width } = options;
  const full = COLUMNS.map((column) => sessions.map((s) => printable((column.readable ?? column.raw)(s).trim())));
  const compact = COLUMNS.map((column, i) => (full[i] ?? []).map((cell) => column.compact?.(cell) ?? cell));
  // A loop, not Math.max(...cells): spreading one argument per session overflows the stack past ~100k rows.
  const widest = (key: ColumnKey, cells: string[] = []) =>
    cells.reduce((most, cell) => Math.max(most, displayWidth(cell || EMPTY)), displayWidth(key));
  const natural = Object.fromEntries(
    COLUMNS.map((c, i) => [c.key, { full: widest(c.key, full[i]), compact: widest(c.key, compact[i]) }]),
  ) as Record<ColumnKey, Natural>;
  const { placed, hidden } = layout(
    COLUMNS.map((c) => c.key),
    natural,
    width,
  );

  const index = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);
  const cutter = (key: ColumnKey) => COLUMNS[index(key)]?.cut ?? cut;
  const line = (cells: string[]) => cells.join(" ".repeat(GAP)).trimEnd();
  const header = line(placed.map((p) => pad(cut(p.key, p.width), p.width)));
  const rule = line(placed.map((p) => "-".repeat(p.width)));
  const empty: EmptyCell[] = [];
  const rows = sessions.map((session, row) =>
    line(
      placed.map((p) => {
        const cell = (p.mode === "compact" ? compact : full)[index(p.key)]?.[row] ?? "";
        if (cell === "") empty.push({ provider: session.provider, key: p.key });
        return pad(cutter(p.key)(cell || EMPTY, p.width), p.width);
      }),
    ),
  );

  const notes = whyEmpty(empty).flatMap((note) => wrap(note, width, `${EMPTY} `, "  "));
  if (hidden.length > 0 && width !== undefined) {
    notes.push(...wrap(`Hidden to fit ${width} columns: ${hidden.join(", ")}.`, width));
  }
  // Narrower than provider, status and a few characters of user agent: cut the lines themselves.
  const lines = [header, rule, ...rows].map((l) => (width === undefined ? l : cut(l, width)));
  return [...lines, ...(notes.length > 0 ? ["", ...notes] : [])].join("\n");
}
