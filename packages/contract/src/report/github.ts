import { showControls } from "./controls.js";
import type { ContractReportDocument, ProviderResult } from "./document.js";

/**
 * A workflow command's message: GitHub's escaping of %, CR and LF (actions/toolkit's escapeData); other
 * controls (ESC would colour or hide text in the log) are shown as `\uXXXX`.
 */
export function commandData(value: string): string {
  return showControls(value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}

/** A workflow command's property value: the message's escaping, and of `:` and `,` (escapeProperty). */
export function commandProperty(value: string): string {
  return commandData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function command(kind: "error" | "warning" | "notice", title: string, message: string): string {
  return `::${kind} title=${commandProperty(title)}::${commandData(message)}`;
}

function linesOf(p: ProviderResult): string[] {
  const lines: string[] = [];
  if (p.status === "skipped")
    lines.push(
      p.required
        ? command("error", `${p.provider} required`, `required, but skipped: ${p.reason ?? "skipped"}`)
        : command("notice", `${p.provider} skipped`, p.reason ?? "skipped"),
    );
  else if (p.reason !== undefined) lines.push(command("error", `${p.provider} run`, p.reason));
  for (const v of p.violations) {
    const where = `${v.side ? `${v.side} ` : ""}${v.in}`;
    const message = `${v.pointer || "/"}: expected ${v.expected}, got ${v.actual} (${where}: ${v.message})`;
    lines.push(command("error", `${p.provider} ${v.operation ?? "(no operation)"}`, message));
  }
  for (const w of p.warnings) lines.push(command("warning", `${p.provider} drift`, w.message));
  return lines;
}

/**
 * GitHub Actions workflow commands, one line each: `::error` for every violation (provider and operation
 * in the title; pointer, expected, actual, then side, location and message), for a run that ended in an
 * error and for a required provider skipped; `::warning` for drift; `::notice` for a skipped provider.
 * Then one notice with the counts. Every value is escaped as GitHub's toolkit escapes it.
 */
export function renderGithub(doc: ContractReportDocument): string {
  const { checked, skipped, failed, violations, warnings } = doc.summary;
  const counts = `${checked} checked, ${skipped} skipped, ${failed} failed; ${violations} violation(s), ${warnings} drift warning(s)`;
  const summary = command(doc.ok ? "notice" : "error", "idp-sessions contract", counts);
  return `${[...doc.providers.flatMap(linesOf), summary].join("\n")}\n`;
}
