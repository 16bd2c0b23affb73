import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { type ProcessLike, processIo } from "../src/process-io.js";
import { StopRequest } from "../src/stop.js";

/** A process whose signals, stdout errors and exit calls the test controls. */
function fakeProcess() {
  const events = new EventEmitter();
  const stdout = Object.assign(new EventEmitter(), {
    written: [] as string[],
    write: (t: string) => stdout.written.push(t),
  });
  const stderr = Object.assign(new EventEmitter(), { write: () => true });
  const exits: number[] = [];
  const proc: ProcessLike = {
    stdout,
    stderr,
    env: {},
    on: (event, listener) => events.on(event, listener),
    exit: (code) => {
      exits.push(code);
    },
  };
  return { proc, stdout, exits, emit: (event: string, ...args: unknown[]) => events.emit(event, ...args) };
}

describe("processIo", () => {
  it("the first SIGINT aborts the signal with exit code 130; the second exits at once", () => {
    const { proc, exits, emit } = fakeProcess();
    const { signal } = processIo(proc);
    emit("SIGINT");
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBeInstanceOf(StopRequest);
    expect((signal.reason as StopRequest).exitCode).toBe(130);
    expect(exits).toEqual([]);
    emit("SIGINT");
    expect(exits).toEqual([130]);
  });

  it("SIGTERM stops with 143", () => {
    const { proc, emit } = fakeProcess();
    const { signal } = processIo(proc);
    emit("SIGTERM");
    expect((signal.reason as StopRequest).exitCode).toBe(143);
  });

  it("EPIPE on stdout aborts the signal with exit code 0 and drops later writes; other errors are 74", () => {
    const { proc, stdout } = fakeProcess();
    const { io, signal } = processIo(proc);
    io.stdout.write("a");
    stdout.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    io.stdout.write("b");
    expect(stdout.written).toEqual(["a"]);
    expect(signal.reason).toMatchObject({ kind: "output", exitCode: 0, notice: undefined });

    const other = fakeProcess();
    const broken = processIo(other.proc);
    other.stdout.emit("error", Object.assign(new Error("write EIO"), { code: "EIO" }));
    expect(broken.signal.reason).toMatchObject({ exitCode: 74, notice: "cannot write to stdout (EIO)" });
  });
});
