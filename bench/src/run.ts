/**
 * pnpm bench: runs every benchmark and writes bench/results.md. `--quick` (what `pnpm test` runs) checks
 * that each benchmark works on tiny inputs and enforces the bundle budgets, without timing anything that
 * matters and without writing the results file.
 */
import { readFile, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { DEFAULT_REVOKE_CONCURRENCY } from "@idp-sessions/core";
import { bundleBenchmark } from "./bundle.js";
import { listingBenchmark } from "./listing.js";
import { memoryBenchmark } from "./memory.js";
import { replayBenchmark } from "./replay.js";
import { revocationBenchmark } from "./revocation.js";
import { throughputBenchmark } from "./throughput.js";
import { toolingBenchmark } from "./tooling.js";

const quick = process.argv.includes("--quick");
const log = (text: string) => process.stderr.write(`${text}\n`);

const failures: string[] = [];
log(`bench: ${quick ? "quick mode" : "full run"}`);

log("listing...");
const listing = await listingBenchmark(quick ? { sessions: 150, runs: 1 } : { sessions: 10_000, runs: 15 });
failures.push(...listing.failures);

log("listing, replayed from memory...");
const replay = await replayBenchmark(quick ? { sessions: 150, runs: 1 } : { sessions: 10_000, runs: 21 });
failures.push(...replay.failures);

log("throughput...");
const throughput = await throughputBenchmark(quick ? { sessions: 100, runs: 1 } : { sessions: 10_000, runs: 7 });

log("memory...");
const memory = await memoryBenchmark(quick ? [2_000] : [10_000, 100_000, 1_000_000]);
failures.push(...memory.failures);

log("bundle size...");
const bundle = await bundleBenchmark();
for (const b of bundle.budgets)
  if (b.bytes > b.limit) failures.push(`budget: ${b.name} is ${b.bytes} B, over its ${b.limit} B`);

log("revocation...");
const revocation = await revocationBenchmark(
  quick
    ? { sessions: 20, runs: 1, concurrencies: [1, 4] }
    : { sessions: 1_000, runs: 5, concurrencies: [1, 2, 4, 8, 16, 32] },
);
failures.push(...revocation.failures);
if (!quick && revocation.recommendedConcurrency !== DEFAULT_REVOKE_CONCURRENCY) {
  log(
    `revocation: the figures recommend concurrency ${revocation.recommendedConcurrency}, the default is ${DEFAULT_REVOKE_CONCURRENCY}`,
  );
}

let tooling = "Not measured in quick mode.";
if (!quick) {
  log("tooling...");
  tooling = await toolingBenchmark(5);
}

const cpu = cpus()[0]?.model ?? "unknown CPU";
// What profiling found, written by hand (bench/src/notes.md): the figures above are measured, the notes are not.
const notes = (await readFile(new URL("./notes.md", import.meta.url), "utf8")).trimEnd();
const report = `# Benchmark results

Written by \`pnpm bench\`. Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.
Each comparison is measured side by side in the same run. Performance is never asserted by a timed
test; \`pnpm test\` runs this suite in a quick mode that only checks it works and enforces the budgets.

## 1. Listing all sessions of one user

${listing.markdown}

### The client's own cost, replayed from memory

${replay.markdown}

## 2. Normalization and validation throughput

${throughput}

## 3. Streaming memory

${memory.markdown}

## 4. Bundle size

${bundle.markdown}

## 5. Tooling

${tooling}

## 6. Revocation at scale

${revocation.markdown}

## Profiling notes

${notes}
`;

if (quick) process.stdout.write(report);
else {
  await writeFile(new URL("../results.md", import.meta.url), report);
  log("wrote bench/results.md");
}
if (failures.length > 0) {
  log(`bench failed:\n  ${failures.join("\n  ")}`);
  process.exitCode = 1;
} else log("bench: all benchmarks ran; budgets met");
