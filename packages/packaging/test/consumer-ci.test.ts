import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { CONSUMER_CI_TEST } from "./consumer-files.js";
import { run } from "./published.js";

// The consumer project of global-setup.ts: the tarballs installed with npm, vitest linked in.
const consumer = inject("consumer");
const vitest = join(dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "vitest.mjs");

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
}

describe("a consumer's own CI: checkingFetch and toMatchSpec in its vitest suite", () => {
  it("collects no violation for a valid exchange, and one at the right pointer for a wrong response", async () => {
    await writeFile(join(consumer, "contract-ci.test.mjs"), CONSUMER_CI_TEST);
    const args = [vitest, "run", "contract-ci.test.mjs", "--reporter=json", "--outputFile=contract-ci.json"];
    await run(process.execPath, args, { cwd: consumer, env: { ...process.env, CI: "1" } }).catch(() => undefined);
    const result = JSON.parse(await readFile(join(consumer, "contract-ci.json"), "utf8")) as VitestJson;
    const tests = result.testResults.flatMap((f) => f.assertionResults);
    expect(tests.map((t) => [t.status, t.failureMessages.join("\n")])).toEqual([
      ["passed", ""],
      ["passed", ""],
    ]);
    expect([result.numPassedTests, result.numFailedTests]).toEqual([2, 0]);
  });
});
