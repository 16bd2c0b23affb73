import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ms, summarize, timed } from "./stats.js";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NO_COLOR: "1" };

/**
 * Wall time of `pnpm generate` and `pnpm generate:check` (one process: Redocly's lint of every spec beside
 * openapi-typescript and the registries), and of a `pnpm test` served from turbo's cache.
 */
export async function toolingBenchmark(runs: number): Promise<string> {
  const generate: number[] = [];
  const generateCheck: number[] = [];
  const cachedTest: number[] = [];
  // Fill the cache once; the measured runs must then be full cache hits.
  await run("pnpm", ["test"], { cwd: root, env, maxBuffer: 256 << 20 });
  for (let i = 0; i < runs; i++) {
    generate.push(await timed(() => run("pnpm", ["generate"], { cwd: root, env, maxBuffer: 64 << 20 })));
    generateCheck.push(await timed(() => run("pnpm", ["generate:check"], { cwd: root, env, maxBuffer: 64 << 20 })));
    cachedTest.push(
      await timed(async () => {
        const { stdout } = await run("pnpm", ["test"], { cwd: root, env, maxBuffer: 256 << 20 });
        if (!stdout.includes("FULL TURBO")) throw new Error("the second pnpm test was not served from the cache");
      }),
    );
  }
  return [
    `Median (min–max) of ${runs} runs.`,
    "",
    "| command | wall time |",
    "|---|---|",
    `| \`pnpm generate\` (Redocly lint + openapi-typescript + spec modules and registries, all five specs) | ${ms(summarize(generate))} |`,
    `| \`pnpm generate:check\` (the same, then compared with the committed files) | ${ms(summarize(generateCheck))} |`,
    `| \`pnpm test\` with nothing changed (every task a turbo cache hit) | ${ms(summarize(cachedTest))} |`,
  ].join("\n");
}
