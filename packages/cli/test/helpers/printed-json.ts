import type { ChildProcess } from "node:child_process";

/**
 * The JSON a child process prints on stdout, once all of it has arrived. Waiting for its first stderr line
 * instead is a race: stdout and stderr are separate pipes, and stderr's line may come before stdout's last
 * chunk.
 */
export function printedJson<T>(child: ChildProcess): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      try {
        resolve(JSON.parse(out) as T);
      } catch {
        // Not all of it yet.
      }
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code} before printing its JSON`)));
  });
}
