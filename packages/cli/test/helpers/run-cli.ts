import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The built binary: tests run what users run. */
export const BIN = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the binary to its end with only PATH and `env` in its environment. */
export function run(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, ...env } }, (error, stdout, stderr) => {
      resolve({ code: typeof error?.code === "number" ? error.code : 0, stdout, stderr });
    });
  });
}
