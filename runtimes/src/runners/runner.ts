import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ProgramInput } from "../../program/input.js";
import { type Host, PACKAGE_DIR } from "../bundle.js";

/** What every runner gets: the bundled program per host, its input, and the hosts it may connect to. */
export interface RunRequest {
  bundles: Record<Host, string>;
  input: ProgramInput;
  /** `127.0.0.1:port` of every mock server: the only addresses a runtime with permissions is allowed. */
  allowNet: string[];
  timeoutMs: number;
}

/** One runtime of the matrix (src/runners/<runtime>.ts exports one or more). */
export interface Runner {
  /** `node20`, `bun`, `deno`: the test's name. */
  id: string;
  /** How it was installed, for the README and the test's name. */
  source: string;
  /** What the program reports itself running in (`node`, `bun`, `deno`), and its version. */
  runtime: string;
  version: RegExp;
  /**
   * Why this runtime cannot run on this machine (reported as a skipped test), or undefined. Only Chromium,
   * which comes from the system's packages rather than the lockfile, can be absent.
   */
  unavailable?(): string | undefined;
  /** Runs the program once in a real process of this runtime; resolves with the line it printed. */
  run(request: RunRequest): Promise<string>;
}

/** A binary shipped inside an npm package that binaries/package.json depends on; throws if absent. */
export function packagedBinary(packageName: string, ...path: string[]): string {
  const file = join(PACKAGE_DIR, "binaries", "node_modules", packageName, ...path);
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: ${packageName} is an optional dependency of runtimes/binaries, for Linux x64 (glibc) only; run pnpm install on such a machine`,
    );
  }
  return file;
}
