import { baseEnv, runProcess, withTempDir } from "../spawn.js";
import { packagedBinary, type Runner } from "./runner.js";

/**
 * Deno from `@deno/linux-x64-glibc`, the platform package the `deno` package's postinstall would copy.
 * Its only permission is the network to the mock servers' own `127.0.0.1:port`s; reading the bundle is
 * the module load, which needs none. No config file or lock file is looked for, nothing is prompted.
 */
export const runners: Runner[] = [
  {
    id: "deno",
    source: "npm @deno/linux-x64-glibc",
    runtime: "deno",
    version: /^2\./,
    run: ({ bundles, input, allowNet, timeoutMs }) =>
      withTempDir("idp-runtimes-deno-", (denoDir) =>
        runProcess(
          packagedBinary("@deno/linux-x64-glibc", "deno"),
          [
            "run",
            "--no-prompt",
            "--no-config",
            "--no-lock",
            "--no-remote",
            `--allow-net=${allowNet.join(",")}`,
            bundles.deno,
            JSON.stringify(input),
          ],
          { env: { ...baseEnv(), DENO_DIR: denoDir, DENO_NO_UPDATE_CHECK: "1", HOME: denoDir }, timeoutMs },
        ),
      ),
  },
];
