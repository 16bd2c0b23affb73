import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startMockServers } from "@idp-sessions/mock";

const run = promisify(execFile);
const child = fileURLToPath(new URL("./memory-child.mjs", import.meta.url));

/**
 * Peak RSS of a process that streams N Kratos sessions (500 a page, the spec's maximum) through listSessions and through
 * listNormalizedSessions. Flat across N means nothing accumulates.
 */
export async function memoryBenchmark(counts: readonly number[]): Promise<{ markdown: string; failures: string[] }> {
  const rows: string[] = [];
  const failures: string[] = [];
  for (const count of counts) {
    const mock = await startMockServers({
      providers: ["ory-kratos"],
      seed: 3,
      usersPerProvider: 1,
      sessionsPerUser: count,
    });
    const p = mock.providers["ory-kratos"];
    const cells: string[] = [];
    try {
      for (const mode of ["raw", "normalized"]) {
        const { stdout } = await run(
          process.execPath,
          [child, p.baseUrl, p.credentials.token ?? "", p.users[0]?.userId ?? "", mode],
          {
            maxBuffer: 1 << 20,
          },
        );
        const { seen, maxRssBytes } = JSON.parse(stdout) as { seen: number; maxRssBytes: number };
        if (seen !== count) failures.push(`memory: ${mode} listed ${seen} of ${count}`);
        cells.push(`${(maxRssBytes / 2 ** 20).toFixed(1)} MiB`);
      }
    } finally {
      await mock.close();
    }
    rows.push(`| ${count.toLocaleString("en")} | ${cells.join(" | ")} |`);
  }
  return {
    markdown: [
      "Peak RSS of a separate process streaming one Kratos user's sessions (500 a page) from the mock server (which runs in the parent, so its memory is not counted).",
      "",
      "| sessions | `listSessions` | `listNormalizedSessions` |",
      "|---|---|---|",
      ...rows,
    ].join("\n"),
    failures,
  };
}
