import type { CommandIo } from "./io.js";
import { type Input, stdinOf } from "./read-line.js";
import { interrupted, outputFailed } from "./stop.js";

interface Stream {
  write(text: string): unknown;
  on(event: "error", listener: (error: { code?: unknown }) => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** What the binary takes from `process`; tests hand in a fake to send signals and break pipes. */
export interface ProcessLike {
  stdout: Stream;
  stderr: Stream;
  /** Read only when a command asks for a confirmation (revoke, signout). */
  stdin?: Input;
  env: Record<string, string | undefined>;
  on(event: "SIGINT" | "SIGTERM", listener: () => void): unknown;
  exit(code: number): void;
}

/**
 * The command's streams and the signal that stops it. The first SIGINT or SIGTERM aborts the signal (a
 * listing cancels its request and ends); a second one exits at once. A write error on stdout (EPIPE when
 * the reader of a pipe is gone) aborts it too, and nothing more is written there. Errors on stderr are
 * ignored: there is nowhere left to report them.
 */
export function processIo(proc: ProcessLike): { io: CommandIo; signal: AbortSignal } {
  const controller = new AbortController();
  let stdoutBroken = false;
  proc.stdout.on("error", (error) => {
    stdoutBroken = true;
    if (!controller.signal.aborted) controller.abort(outputFailed(error));
  });
  proc.stderr.on("error", () => {});
  for (const name of ["SIGINT", "SIGTERM"] as const) {
    proc.on(name, () => {
      if (controller.signal.aborted) proc.exit(interrupted(name).exitCode);
      else controller.abort(interrupted(name));
    });
  }
  const { stdout, stderr } = proc;
  const io: CommandIo = {
    stdout: {
      write: (text) => (stdoutBroken ? false : stdout.write(text)),
      get isTTY() {
        return stdout.isTTY;
      },
      get columns() {
        return stdout.columns;
      },
    },
    stderr: {
      write: (text) => stderr.write(text),
      get isTTY() {
        return stderr.isTTY;
      },
    },
    env: proc.env,
    ...(proc.stdin ? { stdin: stdinOf(proc.stdin) } : {}),
  };
  return { io, signal: controller.signal };
}
