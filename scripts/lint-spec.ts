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
  location: { start?: { line: number; col: number }; pointer?: string }[];
}

/**
 * Lints one spec with Redocly (config: redocly.yaml at the repo root) and returns one line per problem,
 * `file:line:col severity rule message`. Warnings count as failures: a spec must lint clean.
 */
export async function lintSpec(root: string, specPath: string): Promise<string[]> {
  const file = relative(root, specPath);
  const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" };
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, [redoclyBin, "lint", file, "--format=json"], {
      cwd: root,
      env,
      maxBuffer: 64 << 20,
    }));
  } catch (error) {
    // redocly exits 1 when it finds errors; its JSON report is still on stdout.
    const out = (error as { stdout?: unknown }).stdout;
    if (typeof out !== "string" || !out.trim().startsWith("{")) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? "").trim();
      return [`${file}: redocly lint could not run: ${stderr.split("\n").slice(-3).join(" ")}`];
    }
    stdout = out;
  }
  const report = JSON.parse(stdout) as { problems: RedoclyProblem[] };
  return report.problems.map((problem) => {
    const where = problem.location[0];
    const at = where?.start ? `${where.start.line}:${where.start.col}` : (where?.pointer ?? "");
    const severity = problem.severity === "error" ? "error" : "warning";
    return `${file}:${at} ${severity} ${problem.ruleId}: ${problem.message}`;
  });
}
