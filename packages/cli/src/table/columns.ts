import type { Session } from "@idp-sessions/normalize";
import { cut, displayWidth } from "../text/width.js";
import { readableUserAgent } from "../user-agent.js";

export type ColumnKey = "provider" | "session id" | "status" | "ip" | "user agent" | "created" | "expires" | "methods";

export interface Column {
  /** Also the column's header. */
  key: ColumnKey;
  /** What one cell holds, for notes: "does not record sign-in methods". */
  noun: string;
  /** The value as data, unchanged: CSV writes this. Empty when the session has none. */
  raw(session: Session): string;
  /** The value for a person, when it differs from `raw` (the user agent). */
  readable?(session: Session): string;
  /** A shorter form of a cell that the table may switch to when it is too wide for the terminal. */
  compact?(cell: string): string;
  /** How a cell is cut to `width` columns when this column has to be narrower (default: `cut`). */
  cut?(cell: string, width: number): string;
}

/** `2026-11-07T15:28:44.000Z` as `2026-11-07 15:28Z`: minutes are enough to read, and it stays UTC. */
const minutes = (iso: string) =>
  /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}Z` : iso;

/** `password+totp+sms` cut between methods (`password+…`), so that no method is shown half. */
function cutList(cell: string, width: number): string {
  if (displayWidth(cell) <= width) return cell;
  const items = cell.split("+");
  let kept = "";
  for (const item of items) {
    if (displayWidth(`${kept}${item}+…`) > width) break;
    kept += `${item}+`;
  }
  return kept === "" ? cut(cell, width) : `${kept}…`;
}

/** The columns of the table and CSV formats, in order. */
export const COLUMNS: readonly Column[] = [
  { key: "provider", noun: "provider", raw: (s) => s.provider },
  // Ids are 32 to 36 characters; like a short commit hash, 8 are enough to tell sessions apart on screen.
  { key: "session id", noun: "session ids", raw: (s) => s.id ?? "", compact: (id) => cut(id, 9) },
  { key: "status", noun: "status", raw: (s) => s.status },
  { key: "ip", noun: "IP addresses", raw: (s) => s.ip ?? "" },
  {
    key: "user agent",
    noun: "user agents",
    raw: (s) => s.userAgent ?? "",
    readable: (s) => readableUserAgent(s.userAgent),
  },
  { key: "created", noun: "creation times", raw: (s) => s.createdAt ?? "", compact: minutes },
  { key: "expires", noun: "expiry times", raw: (s) => s.expiresAt ?? "", compact: minutes },
  { key: "methods", noun: "sign-in methods", raw: (s) => s.authMethods.map((m) => m.method).join("+"), cut: cutList },
];
