import type { ColumnKey } from "./columns.js";

export type Mode = "full" | "compact";

/** A column's widest cell (header included), in its full and its compact form. */
export interface Natural {
  full: number;
  compact: number;
}

export interface Placed {
  key: ColumnKey;
  mode: Mode;
  /** Cells wider than this are cut, with `…`. */
  width: number;
}

export interface Layout {
  placed: Placed[];
  hidden: ColumnKey[];
}

export const GAP = 2;

type Step =
  | { key: ColumnKey; action: "compact" | "hide" }
  /** Cells may be cut down to `floor` columns; room left over at the end is given back. */
  | { key: ColumnKey; action: "cut"; floor: number };

/**
 * What gives way, in this order, while the table is wider than the terminal: first what costs nothing to
 * read (minutes instead of milliseconds, a free-text user agent cut, short ids), then whole columns, the
 * least missed first. Provider, status and user agent always stay. Values that are data (ids, IPs, times)
 * are never cut in the middle: they are shortened in a known way or hidden.
 */
const LADDER: readonly Step[] = [
  { key: "created", action: "compact" },
  { key: "expires", action: "compact" },
  { key: "user agent", action: "cut", floor: 20 },
  // No real address is longer (IPv4-mapped IPv6): only junk a provider recorded is cut.
  { key: "ip", action: "cut", floor: 45 },
  { key: "session id", action: "compact" },
  { key: "created", action: "hide" },
  { key: "session id", action: "hide" },
  { key: "methods", action: "cut", floor: 12 },
  { key: "expires", action: "hide" },
  { key: "methods", action: "hide" },
  { key: "ip", action: "hide" },
  { key: "provider", action: "cut", floor: 10 },
  { key: "user agent", action: "cut", floor: 8 },
];

/** Which columns to show, in which form and how wide, to fit `width` terminal columns (no limit: all, full). */
export function layout(keys: readonly ColumnKey[], natural: Record<ColumnKey, Natural>, width?: number): Layout {
  const mode = new Map<ColumnKey, Mode | "hidden">(keys.map((key) => [key, "full"]));
  const floors = new Map<ColumnKey, number>();
  const visible = () => keys.filter((key) => mode.get(key) !== "hidden");
  const uncut = (key: ColumnKey) => (mode.get(key) === "compact" ? natural[key].compact : natural[key].full);
  const size = (key: ColumnKey) => Math.min(uncut(key), floors.get(key) ?? Number.POSITIVE_INFINITY);
  const need = () => visible().reduce((total, key) => total + size(key) + GAP, -GAP);

  if (width !== undefined) {
    for (const step of LADDER) {
      if (need() <= width) break;
      if (!mode.has(step.key)) continue;
      if (step.action === "cut") floors.set(step.key, Math.min(step.floor, floors.get(step.key) ?? step.floor));
      else if (step.action === "hide") mode.set(step.key, "hidden");
      else if (mode.get(step.key) === "full") mode.set(step.key, "compact");
    }
  }
  const placed = visible().map((key) => ({ key, mode: mode.get(key) as Mode, width: size(key) }));
  // Cut columns get back the room that is left, the first cut first.
  let slack = width === undefined ? 0 : Math.max(0, width - need());
  for (const key of floors.keys()) {
    const column = placed.find((p) => p.key === key);
    if (!column) continue;
    const more = Math.min(uncut(key) - column.width, slack);
    column.width += more;
    slack -= more;
  }
  return { placed, hidden: keys.filter((key) => mode.get(key) === "hidden") };
}
