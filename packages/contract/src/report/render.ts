import type { ContractReportDocument } from "./document.js";
import { renderGithub } from "./github.js";
import { renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";
import { renderText } from "./text.js";

export const REPORT_FORMATS = ["text", "json", "junit", "github", "markdown"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** The report in one format; text without its final line break (the CLI escapes it line by line). */
export function renderReport(doc: ContractReportDocument, format: ReportFormat): string {
  switch (format) {
    case "text":
      return renderText(doc);
    case "json":
      return `${JSON.stringify(doc, null, 2)}\n`;
    case "junit":
      return renderJunit(doc);
    case "github":
      return renderGithub(doc);
    case "markdown":
      return renderMarkdown(doc);
  }
}
