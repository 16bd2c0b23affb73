import { writeFile } from "node:fs/promises";
import { type ContractReportDocument, type ReportFormat, renderReport } from "@idp-sessions/contract";
import { CommandError, EXIT } from "../exit-codes.js";
import type { CommandIo } from "../io.js";
import { printable } from "../text/printable.js";

/**
 * Writes the report in `format` to `output` (a file) or stdout. The text summary is escaped line by line
 * (it quotes what servers sent); the other formats escape for their readers themselves.
 */
export async function writeReport(
  doc: ContractReportDocument,
  format: ReportFormat,
  output: string | undefined,
  io: CommandIo,
): Promise<void> {
  const rendered = renderReport(doc, format);
  const text = format === "text" ? `${rendered.split("\n").map(printable).join("\n")}\n` : rendered;
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  try {
    await writeFile(output, text);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    throw new CommandError(`cannot write ${output}: ${String(code ?? error)}`, EXIT.output, { cause: error });
  }
}
