import { showControls } from "./controls.js";
import type { ContractReportDocument, ProviderResult } from "./document.js";

/**
 * Text for a Markdown table cell or list item: controls shown as `\uXXXX`, a line break as the text `\n`
 * (a row or item stays one line), and every character Markdown, GFM tables and autolinks or HTML give a
 * meaning (`|`, `<`, `*`, `[`, `$`; `:`, `@` and `.`, which
 * GFM turns into links) as a numeric character reference, so a server's string is
 * shown as it is and never becomes markup, a link or a new table cell.
 */
export function markdownText(value: string): string {
  const oneLine = value.replace(/\r\n|\r|\n/g, "\\n");
  return showControls(oneLine).replace(/[\\`*_{}[\]()<>#+.!|~&:@$]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function row(p: ProviderResult): string {
  const status = `${p.status}${p.required && p.status === "skipped" ? " (required)" : ""}`;
  const counts =
    p.status === "skipped"
      ? ["-", "-", "-", "-"]
      : [p.requests, p.sessions, p.violations.length, p.warnings.length].map(String);
  return `| ${[markdownText(p.provider), status, ...counts].join(" | ")} |`;
}

function section(title: string, items: string[]): string[] {
  return items.length === 0 ? [] : ["", `### ${title}`, "", ...items];
}

/**
 * A GitHub job summary (`>> $GITHUB_STEP_SUMMARY`): the outcome and counts, a table of the providers
 * (status, requests, sessions, violations, drift), then each violation, each skip or error, and the drift.
 */
export function renderMarkdown(doc: ContractReportDocument): string {
  const { checked, skipped, failed, violations, warnings, requiredSkipped } = doc.summary;
  const outcome = doc.ok ? "passed" : "failed";
  const lines = [
    "## idp-sessions contract",
    "",
    `**${outcome}**: ${checked} checked, ${skipped} skipped, ${failed} failed; ${violations} violation(s), ${warnings} drift warning(s)`,
    ...(requiredSkipped.length > 0
      ? ["", `**required but skipped**: ${requiredSkipped.map(markdownText).join(", ")}`]
      : []),
    "",
    "| provider | status | requests | sessions | violations | drift |",
    "| --- | --- | ---: | ---: | ---: | ---: |",
    ...doc.providers.map(row),
    ...section(
      "Violations",
      doc.providers.flatMap((p) =>
        p.violations.map((v) => {
          const where = markdownText(`${v.side ? `${v.side} ` : ""}${v.in} ${v.pointer || "/"}`);
          const op = markdownText(v.operation ?? "(no operation)");
          return `- **${markdownText(p.provider)}** ${op}, ${where}: expected ${markdownText(v.expected)}, got ${markdownText(v.actual)} (${markdownText(v.message)})`;
        }),
      ),
    ),
    ...section(
      "Skipped and errors",
      doc.providers.flatMap((p) =>
        p.reason === undefined ? [] : [`- **${markdownText(p.provider)}** ${p.status}: ${markdownText(p.reason)}`],
      ),
    ),
    ...section(
      "Drift (warnings)",
      doc.providers.flatMap((p) =>
        p.warnings.map((w) => `- **${markdownText(p.provider)}** ${markdownText(w.message)}`),
      ),
    ),
  ];
  return `${lines.join("\n")}\n`;
}
