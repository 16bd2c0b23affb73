import { readFile } from "node:fs/promises";
import { type ContractReportDocument, credentialValues, parseReportDocument } from "@idp-sessions/contract";
import { redact } from "@idp-sessions/core/internal";
import { UsageError } from "../exit-codes.js";
import type { CommandIo } from "../io.js";

/**
 * A saved JSON report (`--from`), checked against its schema. It was redacted when written; the credentials
 * of this environment are redacted once more, should the file come from elsewhere.
 */
export async function reportFromFile(file: string, io: CommandIo): Promise<ContractReportDocument> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(`--from ${file}: cannot read it (${String((error as { code?: unknown }).code ?? error)})`);
  }
  try {
    return redact(parseReportDocument(text), credentialValues(io.env)) as ContractReportDocument;
  } catch (error) {
    throw new UsageError(`--from ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
