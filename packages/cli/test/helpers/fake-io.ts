import type { CommandIo } from "../../src/io.js";
import { displayWidth } from "../../src/text/width.js";

export interface FakeTerminal {
  env?: Record<string, string | undefined>;
  /** A terminal of this many columns; without it stdout is a pipe. */
  columns?: number;
  /** Lines typed at a terminal on stdin (then its end); without it there is no terminal to ask. */
  typed?: string[];
}

/** A CommandIo that records what a command writes, as a terminal or as a pipe. */
export function fakeIo({ env = {}, columns, typed }: FakeTerminal = {}) {
  let stdout = "";
  let stderr = "";
  const lines = [...(typed ?? [])];
  let asked = 0;
  const io: CommandIo = {
    stdout: {
      write: (text: string) => {
        stdout += text;
      },
      isTTY: columns !== undefined,
      ...(columns !== undefined ? { columns } : {}),
    },
    stderr: {
      write: (text: string) => {
        stderr += text;
      },
    },
    env,
    ...(typed
      ? {
          stdin: {
            isTTY: true,
            readLine: async () => {
              asked++;
              return lines.shift();
            },
          },
        }
      : {}),
  };
  return { io, stdout: () => stdout, stderr: () => stderr, asked: () => asked };
}

/** The widest line, in terminal columns. */
export function widest(text: string): number {
  return Math.max(...text.split("\n").map(displayWidth));
}
