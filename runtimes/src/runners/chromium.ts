import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import type { ProgramInput, ProgramResult } from "../../program/input.js";
import { startPageServer } from "../page-server.js";
import { baseEnv, withTempDir } from "../spawn.js";
import type { Runner, RunRequest } from "./runner.js";

/** Debian's `chromium` package (`apt-get install chromium`), or the binary `CHROMIUM_PATH` names. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/**
 * Why Chromium cannot run here, or undefined. A machine without Debian's chromium reports the runner
 * skipped, with this reason; where `CHROMIUM_PATH` or `CI` is set (as `.ci/run` sets it, after installing
 * the package) it is required, and a missing binary fails the run instead.
 */
function unavailable(): string | undefined {
  return process.env.CHROMIUM_PATH || process.env.CI ? undefined : missing(chromiumPath());
}

function missing(path: string): string | undefined {
  return existsSync(path) ? undefined : `${path} not found: apt-get install chromium (Debian), or set CHROMIUM_PATH`;
}

/**
 * Flags beyond Playwright's own (which already turn off background networking, updates, sync and first-run
 * pages): no proxy, and no name resolution, so the page reaches 127.0.0.1 and nothing else. `--no-sandbox`
 * because CI runs as root, where Chromium's sandbox refuses to start.
 */
const ARGS = [
  "--no-sandbox",
  "--no-proxy-server",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
  "--disable-gpu",
];

/**
 * Runs the program in a page of headless Chromium: a page server on its own 127.0.0.1 port serves the
 * page (so every call to a mock server is a cross-origin request with a CORS preflight, as from an app),
 * Playwright (`playwright-core`, which downloads nothing) drives the binary, and the page's
 * `listRevokeProgram(input)` returns the result. The browser, its profile and the server end with the run.
 */
export function runChromium({ bundles, input, allowNet, timeoutMs }: RunRequest): Promise<string> {
  return withTempDir("idp-runtimes-chromium-", async (dir) => {
    const executablePath = chromiumPath();
    const absent = missing(executablePath);
    if (absent) throw new Error(`Chromium: ${absent}`);
    const page = await startPageServer(bundles.browser, allowNet);
    const browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ARGS,
      env: { ...baseEnv(), HOME: dir },
      timeout: timeoutMs,
    });
    const seen: string[] = [];
    try {
      const tab = await browser.newPage();
      tab.setDefaultTimeout(timeoutMs);
      tab.on("console", (message) => seen.push(`console.${message.type()}: ${message.text()}`));
      tab.on("pageerror", (error) => seen.push(`page error: ${error.message}`));
      await tab.goto(`${page.origin}/`);
      await tab.waitForFunction(() => typeof globalThis.listRevokeProgram === "function");
      const result = await tab.evaluate(async (given: ProgramInput): Promise<ProgramResult> => {
        const program = globalThis.listRevokeProgram;
        if (!program) throw new Error("the page has no program");
        return program(given);
      }, input);
      return `${JSON.stringify(result)}\n`;
    } catch (error) {
      throw new Error(`Chromium: ${error instanceof Error ? error.message : String(error)}\n${seen.join("\n")}`);
    } finally {
      await browser.close();
      await page.close();
    }
  });
}

/** Chromium from Debian's packages, headless, driven by playwright-core with `executablePath`. */
export const runners: Runner[] = [
  {
    id: "chromium",
    source: "Debian chromium, driven by playwright-core",
    runtime: "chromium",
    version: /^\d+\.\d+\.\d+\.\d+$/,
    unavailable,
    run: runChromium,
  },
];
