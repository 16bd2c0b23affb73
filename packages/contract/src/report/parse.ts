import { Ajv2020 } from "ajv/dist/2020.js";
import type { ContractReportDocument } from "./document.js";
import { REPORT_SCHEMA } from "./schema.js";

let validate: ((value: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };

/**
 * A saved JSON report (`--format json`), checked against its schema (version 1), for `--from`. Throws an
 * Error naming the first problem when the text is not such a report.
 */
export function parseReportDocument(text: string): ContractReportDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error("the report is not JSON");
  }
  const version = (value as { version?: unknown } | null)?.version;
  if (version !== 1) throw new Error(`the report is not a version 1 report (version ${JSON.stringify(version)})`);
  validate ??= new Ajv2020({ allErrors: false, strict: true }).compile(REPORT_SCHEMA);
  if (!validate(value)) {
    const [first] = validate.errors ?? [];
    throw new Error(`the report does not match its schema: ${first?.instancePath || "/"} ${first?.message ?? ""}`);
  }
  return value as ContractReportDocument;
}
