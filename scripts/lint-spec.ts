import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { relative } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const redoclyBin = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");

interface RedoclyProblem {
  ruleId: string;
  severity: "error" | "warn" | "warning";
  message: string;
  location: { source?: { ref?: string }; start?: { line: number; col: number }; pointer?: string }[];
}

/**
 * Lints specs with Redocly (config: redocly.yaml at the repo root) in one process and returns one line per
 * problem, `file:line:col severity rule message`. Warnings count as failures: a spec must lint clean.
 * One process for every spec: Redocly's start-up is most of a lint's time, and `pnpm generate` has a budget.
 */
export async function lintSpecs(root: string, specPaths: readonly string[]): Promise<string[]> {
  const files = specPaths.map((path) => relative(root, path));
  const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" };
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, [redoclyBin, "lint", ...files, "--format=json"], {
      cwd: root,
      env,
      maxBuffer: 64 << 20,
    }));
  } catch (error) {
    // redocly exits 1 when it finds errors; its JSON report is still on stdout.
    const out = (error as { stdout?: unknown }).stdout;
    if (typeof out !== "string" || !out.trim().startsWith("{")) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? "").trim();
      return [`${files.join(", ")}: redocly lint could not run: ${stderr.split("\n").slice(-3).join(" ")}`];
    }
    stdout = out;
  }
  // One pretty-printed report per file, written back to back (`}{` on a line of its own between two).
  const reports = JSON.parse(`[${stdout.trim().replace(/^\}\{$/gm, "},{")}]`) as { problems: RedoclyProblem[] }[];
  return reports.flatMap((report, index) =>
    report.problems.map((problem) => {
      const where = problem.location[0];
      const file = where?.source?.ref ?? files[index] ?? "";
      const at = where?.start ? `${where.start.line}:${where.start.col}` : (where?.pointer ?? "");
      const severity = problem.severity === "error" ? "error" : "warning";
      return `${file}:${at} ${severity} ${problem.ruleId}: ${problem.message}`;
    }),
  );
}

/** Lints one spec (see `lintSpecs`). */
export function lintSpec(root: string, specPath: string): Promise<string[]> {
  return lintSpecs(root, [specPath]);
}
