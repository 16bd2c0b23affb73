/**
 * `pnpm idp-sessions <args>` and `pnpm demo` in a checkout: build the CLI (and what it depends on) with
 * turbo, then run it with the given arguments. Turbo's own output is kept back unless the build fails, so
 * stdout is only the command's (`pnpm -s idp-sessions list ... --format json | jq` works).
 */
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const windows = process.platform === "win32";

const build = spawnSync(
  `${root}node_modules/.bin/turbo${windows ? ".cmd" : ""}`,
  ["run", "build", "--filter=@idp-sessions/cli", "--output-logs=errors-only"],
  { cwd: root, encoding: "utf8", shell: windows },
);
if (build.status !== 0) {
  process.stderr.write(`${build.stdout ?? ""}${build.stderr ?? ""}`);
  process.stderr.write(`idp-sessions: building the CLI failed${build.error ? ` (${build.error.message})` : ""}\n`);
  process.exit(build.status ?? 1);
}

const cli = spawn(process.execPath, [`${root}packages/cli/dist/bin.js`, ...process.argv.slice(2)], {
  stdio: "inherit",
});
// Ctrl-C reaches the CLI through the terminal's process group; a SIGTERM sent to this process is passed on.
// Either way the CLI decides how to stop (the mock command closes its servers) and its exit code is ours.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => cli.kill("SIGTERM"));
cli.on("exit", (code, signal) => process.exit(code ?? (signal === "SIGINT" ? 130 : 143)));
