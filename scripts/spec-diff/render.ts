import type { Report } from "./run.ts";

/** The text changelog (stdout's default) and the Markdown one (a job summary, a PR comment). */
/** Where a change is: `specs/x.yaml#/pointer`, or `<base>:specs/x.yaml#/pointer` for what the base had. */
export const where = (report: Report, file: string, c: { side: string; pointer: string; line?: number }) =>
  `${c.side === "base" ? `${report.base}:` : ""}${file}#${c.pointer}${c.line === undefined ? "" : ` (line ${c.line})`}`;

const advice = (name: string, needs: string) => `add a changeset with "${name}": ${needs} (pnpm changeset)`;

export function renderText(report: Report): string {
  const out = [`spec:diff: specs at ${report.base} (${report.baseCommit.slice(0, 12)}) → ${report.head}`, ""];
  const changed = report.specs.filter((s) => s.changes.length > 0);
  if (changed.length === 0) out.push("No spec changed.", "");
  for (const spec of changed) {
    out.push(`${spec.file}: ${spec.class}`);
    for (const c of spec.changes)
      out.push(`  ${c.class.padEnd(13)} ${c.message}`, `  ${"".padEnd(13)} ${where(report, spec.file, c)}`);
    out.push("");
  }
  if (report.packages.length > 0)
    out.push(`Changesets added since the base: ${report.changesets.join(", ") || "none"}`);
  for (const p of report.packages) {
    const has = p.has === undefined ? "no changeset" : `${p.has} (${p.changesets.join(", ")})`;
    const line = `${p.name}@${p.version} needs ${p.needs} (${p.because}), has ${has}`;
    out.push(p.ok ? `  ok    ${line}` : `  FAIL  ${line}: ${advice(p.name, p.needs)}`);
  }
  if (report.packages.length > 0) out.push("");
  out.push(report.ok ? "spec:diff: ok" : "spec:diff: the changesets do not bump every affected package far enough");
  return `${out.join("\n")}\n`;
}

// A table cell on one line; `|` would end the cell and a backtick the code span a pointer sits in.
const cell = (text: string) =>
  text
    .split("")
    .map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? " " : c))
    .join("")
    .replace(/\|/g, "\\|")
    .replace(/`/g, "'");

export function renderMarkdown(report: Report): string {
  const out = [
    `## spec:diff ${report.ok ? "✅" : "❌"}`,
    "",
    `Specs at \`${report.base}\` (\`${report.baseCommit.slice(0, 12)}\`) → ${report.head}.`,
    "",
  ];
  const changed = report.specs.filter((s) => s.changes.length > 0);
  if (changed.length === 0) out.push("No spec changed.", "");
  for (const spec of changed) {
    out.push(`### \`${spec.file}\`: ${spec.class}`, "", "| class | change | where |", "| --- | --- | --- |");
    for (const c of spec.changes)
      out.push(`| ${c.class} | ${cell(c.message)} | \`${cell(where(report, spec.file, c))}\` |`);
    out.push("");
  }
  if (report.packages.length > 0) {
    out.push("### Changesets", "", "| package | needs | has | |", "| --- | --- | --- | --- |");
    for (const p of report.packages) {
      const has = p.has === undefined ? "none" : `${p.has} (${p.changesets.map((f) => `\`${f}\``).join(", ")})`;
      out.push(
        `| \`${p.name}@${p.version}\` | ${p.needs} (${p.because}) | ${has} | ${p.ok ? "ok" : cell(advice(p.name, p.needs))} |`,
      );
    }
    out.push("");
  }
  return `${out.join("\n")}\n`;
}
