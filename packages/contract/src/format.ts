import { showControls } from "./report/controls.js";
import type { ProviderReport } from "./report.js";

/**
 * A server's string on one line of the report: its line breaks shown as `\n`/`\r` (a line a server
 * starts could otherwise read as a log's own, e.g. a CI runner's `::error::` command) and other controls
 * as `\uXXXX`.
 */
const field = (text: string): string => showControls(text).replace(/\r/g, "\\r").replace(/\n/g, "\\n");

/** A plain-text summary: one line per provider, then its operations, each violation (with its operation) and drift path. */
export function formatReports(reports: readonly ProviderReport[]): string {
  const lines = ["provider               status   requests  sessions  violations  drift"];
  for (const r of reports) {
    const counts =
      r.status === "skipped"
        ? "-         -         -           -"
        : `${String(r.requests).padEnd(9)} ${String(r.sessions).padEnd(9)} ${String(r.violations.length).padEnd(11)} ${r.drift.length}`;
    lines.push(`${String(r.provider).padEnd(22)} ${r.status.padEnd(8)} ${counts}`);
    if (r.operations.length > 0) lines.push(`  operations: ${r.operations.join(", ")}`);
    if (r.reason) lines.push(`  ${r.status === "skipped" ? "skipped" : "error"}: ${field(r.reason)}`);
    for (const v of r.violations) {
      const where = v.exchange === undefined ? "" : `${v.side} #${v.exchange} ${v.operation ?? "(no operation)"} `;
      lines.push(
        `  violation: ${where}${v.in} ${field(v.pointer) || "/"}: ${field(v.message)} (expected ${field(v.expected)}, got ${field(v.actual)})`,
      );
    }
    for (const d of r.drift) lines.push(`  drift: ${field(d.path)} is not in the spec (first at ${field(d.pointer)})`);
  }
  return lines.join("\n");
}
