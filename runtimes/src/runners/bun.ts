import { baseEnv, runProcess, withTempDir } from "../spawn.js";
import { packagedBinary, type Runner } from "./runner.js";

/**
 * Bun from `@oven/bun-linux-x64`, the platform package the `bun` package's postinstall would link (the
 * binary is in the package; depending on it directly leaves no install script to run or allow).
 * Bun has no permission model: the program can reach anything, so the test's only limit is the address.
 */
export const runners: Runner[] = [
  {
    id: "bun",
    source: "npm @oven/bun-linux-x64",
    runtime: "bun",
    version: /^1\./,
    run: ({ bundles, input, timeoutMs }) =>
      withTempDir("idp-runtimes-bun-", (home) =>
        runProcess(
          packagedBinary("@oven/bun-linux-x64", "bin", "bun"),
          ["--no-install", bundles.process, JSON.stringify(input)],
          {
            // A fresh HOME and no telemetry or transpiler cache: nothing of the user's is read or written.
            env: { ...baseEnv(), HOME: home, DO_NOT_TRACK: "1", BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0" },
            timeoutMs,
          },
        ),
      ),
  },
];
