import type { CommandIo } from "./io.js";

/**
 * How many columns a table written to stdout may take: `COLUMNS` when it is set to a whole number (what
 * users and tests set, and it wins over the terminal), else the terminal's width when stdout is one, else
 * undefined (a pipe or a file): no limit, nothing is cut.
 */
export function outputWidth(io: CommandIo): number | undefined {
  const variable = io.env.COLUMNS?.trim() ?? "";
  if (/^\d+$/.test(variable) && Number(variable) > 0) return Number(variable);
  const { isTTY, columns } = io.stdout;
  return isTTY && columns !== undefined && columns > 0 ? columns : undefined;
}
