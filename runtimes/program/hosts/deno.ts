/** Deno: the input is the first argument; the result is one JSON line on stdout. */
import type { ProgramInput, ProgramResult } from "../input.js";
import { runProgram } from "../list-revoke.js";

declare const Deno: { args: string[]; version: { deno: string }; exitCode: number };

try {
  const input = JSON.parse(Deno.args[0] ?? "") as ProgramInput;
  const result: ProgramResult = { runtime: "deno", version: Deno.version.deno, ...(await runProgram(input)) };
  console.log(JSON.stringify(result));
} catch (error) {
  console.error(error);
  Deno.exitCode = 1;
}
