/**
 * An example server run as a real process: started with only the environment given, ready once it prints
 * `listening on http://127.0.0.1:<port>` (it listens on a port the OS picks, PORT=0), stopped by the test.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { type StartedProcess, startProcess } from "../spawn.js";

export interface StartedServer {
  url: string;
  process: StartedProcess;
}

export async function startServer(
  file: string,
  args: string[],
  options: { env: Record<string, string>; cwd?: string; timeoutMs: number },
): Promise<StartedServer> {
  const started = startProcess(file, args, options);
  let exited: string | undefined;
  void started.exited.then((how) => {
    exited = how;
  });
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(started.output())?.[1];
    if (url) return { url, process: started };
    if (exited !== undefined || Date.now() > deadline) {
      await started.stop();
      throw new Error(`${file} ${exited ? `exited with ${exited}` : "did not listen in time"}\n${started.output()}`);
    }
    await sleep(20);
  }
}
