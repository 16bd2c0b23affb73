/**
 * A browser page: the bundle is the page's module script. It hands the program to the page as
 * `globalThis.listRevokeProgram(input)` (declared in ../input.ts), which the runner calls (Playwright's `evaluate`) and whose result it
 * takes back; the version is the browser's own, from its user agent (`HeadlessChrome/156.0.8078.108`).
 */
import { runProgram } from "../list-revoke.js";

const chrome = /\b(?:Headless)?Chrome\/(\d+\.\d+\.\d+\.\d+)/.exec(navigator.userAgent);

globalThis.listRevokeProgram = async (input) => ({
  // A page of a real browser: a document, and no process or Deno global that a runtime's shim would add.
  runtime:
    typeof document === "object" && chrome && !("process" in globalThis) && !("Deno" in globalThis)
      ? "chromium"
      : `not a browser (${navigator.userAgent})`,
  version: chrome?.[1] ?? "",
  ...(await runProgram(input)),
});
