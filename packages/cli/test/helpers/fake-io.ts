import type { CommandIo } from "../../src/io.js";
import { displayWidth } from "../../src/text/width.js";

export interface FakeTerminal {
  env?: Record<string, string | undefined>;
  /** A terminal of this many columns; without it stdout is a pipe. */
  columns?: number;
}

/** A CommandIo that records what a command writes, as a terminal or as a pipe. */
export function fakeIo({ env = {}, columns }: FakeTerminal = {}) {
  let stdout = "";
  let stderr = "";
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
  };
  return { io, stdout: () => stdout, stderr: () => stderr };
}

/** The widest line, in terminal columns. */
export function widest(text: string): number {
  return Math.max(...text.split("\n").map(displayWidth));
}
