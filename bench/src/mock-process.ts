import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { MockProvider, ProviderId } from "@idp-sessions/mock";

const CLI = fileURLToPath(new URL("../../packages/cli/dist/bin.js", import.meta.url));

export interface MockProcess {
  providers: Record<ProviderId, MockProvider>;
  close(): Promise<void>;
}

/**
 * The mock servers in a process of their own (`idp-sessions mock`), so that generating responses does
 * not share the measured client's event loop and CPU core.
 */
export async function startMockProcess(sessions: number, seed = 1): Promise<MockProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [CLI, "mock", "--seed", String(seed), "--users", "1", "--sessions", String(sessions)],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  // All of stdout's JSON, not "until stderr's first line": the two are separate pipes, and stderr's line
  // can come before stdout's last chunk.
  const providers = await new Promise<Record<ProviderId, MockProvider>>((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      try {
        resolve(JSON.parse(out) as Record<ProviderId, MockProvider>);
      } catch {
        // Not all of it yet.
      }
    });
    child.once("exit", (code) => reject(new Error(`idp-sessions mock exited with ${code}\n${err.slice(-2000)}`)));
  });
  return {
    providers,
    close: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGINT");
      }),
  };
}
