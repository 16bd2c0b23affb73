import { EXIT } from "./exit-codes.js";

/**
 * Why a command was asked to stop early: the reason of the AbortSignal it was given. `main` turns it
 * into the exit code, whatever error the command was unwinding with at the time.
 */
export class StopRequest extends Error {
  readonly exitCode: number;
  /** The one line for stderr; none when stopping is what the user wanted (`| head`). */
  readonly notice: string | undefined;
  /** A signal (the user asked) or the output (nobody reads it any more). */
  readonly kind: "signal" | "output";
  constructor(kind: "signal" | "output", exitCode: number, notice?: string) {
    super(notice ?? "stdout was closed");
    this.kind = kind;
    this.exitCode = exitCode;
    this.notice = notice;
  }
}

export function interrupted(signal: "SIGINT" | "SIGTERM"): StopRequest {
  return signal === "SIGINT"
    ? new StopRequest("signal", EXIT.interrupted, "interrupted")
    : new StopRequest("signal", EXIT.terminated, "terminated");
}

/** EPIPE: the reader went away (`| head -1`), which is not an error. Any other write error is. */
export function outputFailed(error: { code?: unknown }): StopRequest {
  return error.code === "EPIPE"
    ? new StopRequest("output", EXIT.ok)
    : new StopRequest("output", EXIT.output, `cannot write to stdout (${String(error.code ?? "error")})`);
}

/** The StopRequest `signal` was aborted with, if any. */
export function stopRequested(signal: AbortSignal | undefined): StopRequest | undefined {
  return signal?.aborted && signal.reason instanceof StopRequest ? signal.reason : undefined;
}

/** `work`, or the signal's reason as soon as it aborts, for work that takes no signal of its own. */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) return abort();
    signal.addEventListener("abort", abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", abort));
  });
}
