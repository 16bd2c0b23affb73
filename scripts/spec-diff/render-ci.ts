import { where } from "./render.ts";
import type { Report } from "./run.ts";

/** The machine-readable reports: JSON (version 1, docs/spec-diff.md), JUnit XML, GitHub workflow annotations. */
export const renderJson = (report: Report): string => `${JSON.stringify({ version: 1, ...report }, null, 2)}\n`;

/** Characters XML 1.0 cannot hold at all: C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF. */
const invalidInXml = (code: number) =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
  (code >= 0xd800 && code <= 0xdfff) ||
  code === 0xfffe ||
  code === 0xffff;

/** Each such character as the visible text `\uXXXX`, rather than a document no parser accepts. */
const shown = (text: string) =>
  [...text]
    .map((c) => {
      const code = c.codePointAt(0) ?? 0;
      return invalidInXml(code) ? `\\u${code.toString(16).padStart(4, "0")}` : c;
    })
    .join("");

const xml = (text: string) =>
  shown(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

/**
 * One test suite per spec with one test case per change (all pass: a change is information, the gate is
 * the changesets) and a suite "changesets" with one test case per affected package, failing when its bump
 * is short.
 */
export function renderJunit(report: Report): string {
  const suites: string[] = [];
  for (const spec of report.specs) {
    const cases = spec.changes.map(
      (c) =>
        `    <testcase classname="${xml(spec.file)}" name="${xml(`${c.class}: ${c.message}`)}"><system-out>${xml(where(report, spec.file, c))}</system-out></testcase>`,
    );
    suites.push(
      `  <testsuite name="${xml(spec.file)}" tests="${cases.length}" failures="0">`,
      ...cases,
      "  </testsuite>",
    );
  }
  const failures = report.packages.filter((p) => !p.ok).length;
  suites.push(`  <testsuite name="changesets" tests="${report.packages.length}" failures="${failures}">`);
  for (const p of report.packages) {
    const name = xml(`${p.name} needs ${p.needs}`);
    if (p.ok) suites.push(`    <testcase classname="changesets" name="${name}"/>`);
    else {
      const message = xml(
        `${p.name}@${p.version} needs a ${p.needs} bump (${p.because} change in ${p.specs.join(", ")}), has ${p.has ?? "no changeset"}`,
      );
      suites.push(
        `    <testcase classname="changesets" name="${name}"><failure message="${message}" type="bump"/></testcase>`,
      );
    }
  }
  suites.push("  </testsuite>");
  const tests = report.specs.reduce((n, s) => n + s.changes.length, report.packages.length);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="spec:diff" tests="${tests}" failures="${failures}">\n${suites.join("\n")}\n</testsuites>\n`;
}

const property = (text: string) =>
  text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
const data = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

/**
 * `::warning` for a breaking change, `::notice` for the others (on the spec's line at the head; a removal,
 * whose line is in the base, on the file), `::error` for each package whose bump is short.
 */
export function renderGithub(report: Report): string {
  const lines: string[] = [];
  for (const spec of report.specs) {
    for (const c of spec.changes) {
      const level = c.class === "breaking" ? "warning" : "notice";
      const line = c.side === "head" && c.line !== undefined ? `,line=${c.line}` : "";
      const at = where(report, spec.file, { ...c, line: undefined });
      lines.push(
        `::${level} file=${property(spec.file)}${line},title=${property(`spec:diff ${c.class}`)}::${data(`${c.message} (${at})`)}`,
      );
    }
  }
  for (const p of report.packages.filter((q) => !q.ok)) {
    const title = property(`spec:diff: ${p.name} needs a ${p.needs} changeset`);
    const text = `${p.name}@${p.version} needs ${p.needs} (${p.because} change in ${p.specs.join(", ")}), has ${p.has ?? "no changeset"}: add a changeset with "${p.name}": ${p.needs} (pnpm changeset)`;
    lines.push(`::error title=${title}::${data(text)}`);
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
