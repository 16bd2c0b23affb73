/**
 * pnpm bench: runs every benchmark and writes bench/results.md. `--quick` (what `pnpm test` runs) checks
 * that each benchmark works on tiny inputs and enforces the bundle budgets, without timing anything that
 * matters and without writing the results file.
 */
import { writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { DEFAULT_REVOKE_CONCURRENCY } from "@idp-sessions/core";
import { bundleBenchmark } from "./bundle.js";
import { listingBenchmark } from "./listing.js";
import { memoryBenchmark } from "./memory.js";
import { revocationBenchmark } from "./revocation.js";
import { throughputBenchmark } from "./throughput.js";
import { toolingBenchmark } from "./tooling.js";

const quick = process.argv.includes("--quick");
const log = (text: string) => process.stderr.write(`${text}\n`);

const failures: string[] = [];
log(`bench: ${quick ? "quick mode" : "full run"}`);

log("listing...");
const listing = await listingBenchmark(quick ? { sessions: 150, runs: 1 } : { sessions: 10_000, runs: 7 });
failures.push(...listing.failures);

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
const report = `# Benchmark results

Written by \`pnpm bench\`. Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.
Each comparison is measured side by side in the same run. Performance is never asserted by a timed
test; \`pnpm test\` runs this suite in a quick mode that only checks it works and enforces the budgets.

## 1. Listing all sessions of one user

${listing.markdown}

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

- **Per-mapper size.** A single mapper first bundled at 2.1 kB: the registry's \`Object.keys(mappers)\` and a module-level
  \`new TextDecoder()\` counted as side effects, so importing one mapper kept all five. Marked \`/* @__PURE__ */\`, each mapper
  now bundles on its own (0.6–1.0 kB).
- **Client overhead per page.** Profiled against an in-memory \`fetch\` (no network), our stack cost about 130 µs more per page
  than a raw loop. \`AbortSignal.any\` per attempt was the largest avoidable part: one \`AbortController\` per attempt, aborted
  by the timer or by the caller's signal, took the retry layer from about 60 µs to about 35 µs per page, and requests
  without a body are no longer cloned. What remains is openapi-fetch's own \`Request\` and the per-attempt \`Request\` that
  carries the timeout signal; over loopback it is a few percent of a request and within the run-to-run spread.
- **Listing target (at most 1.10× the raw loop).** Met for four providers; MonoCloud's pages are the smallest (100
  sessions, so 100 requests for 10,000), which makes the per-request overhead above the largest share, and its ratio
  (about 1.1–1.2×) sits inside the run-to-run spread (the min–max ranges of the two overlap). Every official SDK that
  can run here is slower than our client.
- **Validation throughput.** Ajv's compiled validators check schemas without string formats (Huawei, MonoCloud) faster
  than \`JSON.parse\` reads the same bytes; the \`date-time\` and \`uuid\` formats (Kratos, Auth0, ZITADEL) bring it to
  about \`JSON.parse\` speed.
- **Streaming memory.** Peak RSS grows from 10,000 to 100,000 sessions while V8's heap and JIT settle, then stays flat
  to 1,000,000: nothing accumulates per session or per page.
- **Tooling.** \`pnpm generate\` spends most of its time starting Redocly and openapi-typescript once per package (six
  turbo tasks on two cores, the contract package linting all five specs again); a cached \`pnpm test\` takes about a second.
- **Huawei budget.** The Huawei client carries the AK/SK signer (canonicalisation and WebCrypto HMAC), which no other client
  needs; its budget is 0.5 kB above the others'.
- **Core budget.** The whole core package is larger than what a client ships because it holds every provider's pagination
  strategy; a client ships only what it uses, and that is what the core budget measures.
- **Budgets after hardening.** Redirect checks, the body read under the timeout with a size cap, redaction of every error,
  option and header-value checks, dedupe and page limits, and typed guards in the mappers roughly doubled what a client
  ships (core 3 kB to 7 kB, clients 4 kB to 8.5 kB, mappers 2 kB to 3.5 kB); the size work is to cut them back.
- **Official Huawei SDK.** \`@huaweicloud/huaweicloud-sdk-identitycenterstore\` asks for \`huaweicloud-sdk-core ^3.1.213\`, which
  the registry reachable here does not serve (its newest is 3.1.211); the benchmark runs it on 3.1.211 through a pnpm override.
  Its signatures are accepted by the mock server, whose verifier is our signer: the two agree byte for byte.
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
