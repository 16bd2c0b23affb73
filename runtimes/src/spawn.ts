import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const running = new Set<ChildProcess>();

/**
 * Runs a runtime's process with only the environment given (no proxy settings, no user config) and
 * resolves with its stdout; rejects with its stderr on a non-zero exit, or after `timeoutMs` (killed).
 */
export async function runProcess(
  file: string,
  args: string[],
  options: { env: Record<string, string>; timeoutMs: number; cwd?: string },
): Promise<string> {
  const { code, signal, stdout, stderr } = await runToExit(file, args, options);
  if (code === 0) return stdout;
  throw new Error(`${file} exited with ${code ?? signal}\n${stderr}${stdout}`);
}

/** How a process run by `runToExit` ended, and what it wrote. */
export interface Exited {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a process as `runProcess` does and resolves however it exits (for programs whose exit code is
 * their answer); rejects only when it cannot be started or runs past `timeoutMs` (killed).
 */
export function runToExit(
  file: string,
  args: string[],
  options: { env: Record<string, string>; timeoutMs: number; cwd?: string },
): Promise<Exited> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      env: options.env,
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    running.add(child);
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${file} did not finish within ${options.timeoutMs} ms\n${stderr}`));
    }, options.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      running.delete(child);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** A server process started by `startProcess`: its output so far, and a promise settled when it exits. */
export interface StartedProcess {
  /** Resolves with how it ended (exit code or signal) once the process has exited, whatever the reason. */
  exited: Promise<string>;
  /** stderr and stdout so far. */
  output(): string;
  /** SIGKILL, then waits for the exit. */
  stop(): Promise<string>;
}

/**
 * Starts a long-running runtime process (a server, such as workerd) with only the environment given;
 * it is in `killAll`'s set until it exits, and its output is kept for the error message of a failed run.
 */
export function startProcess(
  file: string,
  args: string[],
  options: { env: Record<string, string>; cwd?: string },
): StartedProcess {
  const child = spawn(file, args, { env: options.env, cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    output += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    output += chunk;
  });
  const exited = new Promise<string>((resolve) => {
    child.on("error", (error) => {
      running.delete(child);
      output += `${error.message}\n`;
      resolve(`error ${error.message}`);
    });
    child.on("close", (code, signal) => {
      running.delete(child);
      resolve(String(code ?? signal));
    });
  });
  return {
    exited,
    output: () => output,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      return exited;
    },
  };
}

/** Kills every process still running (after a test timed out or failed); returns how many there were. */
export function killAll(): number {
  const count = running.size;
  for (const child of running) child.kill("SIGKILL");
  running.clear();
  return count;
}

/** PATH only: what a runtime needs to start, and nothing that could route loopback through a proxy. */
export function baseEnv(): Record<string, string> {
  return { PATH: process.env.PATH ?? "/usr/bin:/bin", NO_COLOR: "1" };
}

/** A new empty directory for one run (a runtime's HOME or cache), removed after it. */
export async function withTempDir<T>(prefix: string, run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
