/** Node and Bun: the input is the first argument; the result is one JSON line on stdout. */
import type { ProgramInput, ProgramResult } from "../input.js";
import { runProgram } from "../list-revoke.js";

// The globals used here, declared rather than taken from @types/node: the program has no Node types.
declare const process: { argv: string[]; versions: Record<string, string | undefined>; exitCode?: number };

const bun = process.versions.bun;
try {
  const input = JSON.parse(process.argv[2] ?? "") as ProgramInput;
  const result: ProgramResult = {
    runtime: bun ? "bun" : "node",
    version: bun ?? process.versions.node ?? "",
    ...(await runProgram(input)),
  };
  console.log(JSON.stringify(result));
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
