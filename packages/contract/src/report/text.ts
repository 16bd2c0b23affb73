import { formatReports } from "../format.js";
import type { ProviderReport } from "../report.js";
import type { ContractProvider } from "../specs.js";
import type { ContractReportDocument, ProviderResult } from "./document.js";

/** A provider of the document as the text summary takes it. */
function reportOf(p: ProviderResult): ProviderReport {
  return {
    provider: p.provider as ContractProvider,
    status: p.status,
    ...(p.reason !== undefined ? { reason: p.reason } : {}),
    requests: p.requests,
    sessions: p.sessions,
    operations: p.operations,
    violations: p.violations,
    drift: p.warnings.map((w) => ({ pointer: w.pointer, path: w.path })),
  };
}

/**
 * The plain-text summary, as `idp-sessions contract` has always printed it, then the counts; a required
 * provider that was skipped adds one last line. Not escaped here: the CLI escapes it line by line.
 */
export function renderText(doc: ContractReportDocument): string {
  const { checked, skipped, failed, requiredSkipped } = doc.summary;
  const lines = [
    formatReports(doc.providers.map(reportOf)),
    "",
    `${checked} checked, ${skipped} skipped, ${failed} failed`,
  ];
  if (requiredSkipped.length > 0) lines.push(`required but skipped: ${requiredSkipped.join(", ")}`);
  return lines.join("\n");
}
