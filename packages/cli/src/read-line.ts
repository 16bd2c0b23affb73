import { createInterface } from "node:readline";
import type { Stdin } from "./io.js";

/** A readable stream as process.stdin is one. */
export interface Input extends NodeJS.ReadableStream {
  isTTY?: boolean;
}

/**
 * `input` as a Stdin: one line at a time, read in the terminal's own line mode (not raw), so that Ctrl-C
 * stays a SIGINT for the process (processIo turns it into the abort `readLine` rejects with).
 */
export function stdinOf(input: Input): Stdin {
  return {
    get isTTY() {
      return input.isTTY === true;
    },
    readLine: (signal) =>
      new Promise((resolve, reject) => {
        const lines = createInterface({ input, terminal: false });
        let settled = false;
        const done = (settle: () => void) => {
          if (settled) return;
          settled = true;
          settle();
          signal?.removeEventListener("abort", abort);
          lines.close();
        };
        const abort = () => done(() => reject(signal?.reason));
        if (signal?.aborted) return abort();
        signal?.addEventListener("abort", abort, { once: true });
        lines.once("line", (line) => done(() => resolve(line)));
        lines.once("close", () => done(() => resolve(undefined)));
      }),
  };
}
