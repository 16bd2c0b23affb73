import { execFileSync } from "node:child_process";
import { copyFile, writeFile } from "node:fs/promises";
import { connect, createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { baseEnv, startProcess, withTempDir } from "../spawn.js";
import { packagedBinary, type Runner, type RunRequest } from "./runner.js";

/** The Workers behaviour the Worker runs with; workerd refuses a date later than its own build. */
export const COMPATIBILITY_DATE = "2026-11-01";

/** The only addresses the Worker's fetch() may reach: loopback IPv4, where the mock servers listen. */
export const LOOPBACK: readonly string[] = ["127.0.0.1/32"];

/**
 * The workerd config (capnp text): the bundle as an ES module Worker whose only way out is a network
 * service limited to 127.0.0.1 (the mock servers). workerd's default `internet` service allows public
 * addresses only, so the Worker's fetch() to a mock server would be refused without it; with it, nothing
 * but loopback can be reached. The socket's address is given on the command line (`--socket-addr`).
 */
export function workerdConfig(version: string, allow: readonly string[] = LOOPBACK): string {
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "loopback", network = (allow = ${JSON.stringify(allow)})),
  ],
  sockets = [(name = "http", http = (), service = "main")],
);

const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "${COMPATIBILITY_DATE}",
  globalOutbound = "loopback",
  bindings = [(name = "WORKERD_VERSION", text = ${JSON.stringify(version)})],
);
`;
}

/** A port free on 127.0.0.1 now (the OS picks it; workerd does not report a port it picked itself). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** `workerd --version` prints `workerd 2026-11-17`: the date of its build, also its newest compatibility date. */
function workerdVersion(binary: string): string {
  const printed = execFileSync(binary, ["--version"], { env: baseEnv(), encoding: "utf8", timeout: 10_000 });
  return printed.trim().replace(/^workerd\s+/, "");
}

/**
 * Runs the program in workerd once: writes the config and the bundle into a new directory, starts
 * `workerd serve` on a free 127.0.0.1 port, waits until it accepts connections, POSTs the input and
 * resolves with the response's body (the program's line); the process is killed and the directory
 * removed however the run ends. `allow` is the Worker's network (the test of the limit changes it).
 */
export function runWorkerd(
  { bundles, input, timeoutMs }: Pick<RunRequest, "bundles" | "input" | "timeoutMs">,
  allow: readonly string[] = LOOPBACK,
): Promise<string> {
  return withTempDir("idp-runtimes-workerd-", async (dir) => {
    const binary = packagedBinary("@cloudflare/workerd-linux-64", "bin", "workerd");
    await copyFile(bundles.worker, join(dir, "worker.js"));
    await writeFile(join(dir, "config.capnp"), workerdConfig(workerdVersion(binary), allow));
    const port = await freePort();
    const deadline = Date.now() + timeoutMs;
    const server = startProcess(binary, ["serve", "config.capnp", "config", `--socket-addr=http=127.0.0.1:${port}`], {
      env: { ...baseEnv(), HOME: dir },
      cwd: dir,
    });
    let exitedEarly: string | undefined;
    void server.exited.then((how) => {
      exitedEarly = how;
    });
    const failure = (what: string) => new Error(`workerd ${what}\n${server.output()}`);
    try {
      while (!(await accepts(port))) {
        if (exitedEarly !== undefined) throw failure(`exited with ${exitedEarly} before listening`);
        if (Date.now() > deadline) throw failure(`did not listen on 127.0.0.1:${port} within ${timeoutMs} ms`);
        await sleep(50);
      }
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(input),
        signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
      });
      const body = await response.text();
      if (!response.ok) throw failure(`answered ${response.status}\n${body}`);
      return body;
    } finally {
      await server.stop();
    }
  });
}

/**
 * workerd from `@cloudflare/workerd-linux-64`, the platform package the `workerd` package's postinstall
 * would use. It is a server, not a program that runs a file and exits (`runWorkerd`). Its Worker reaches
 * 127.0.0.1 only: workerd's network limit is by address, not port, so unlike Deno's it does not name the
 * mock servers' ports.
 */
export const runners: Runner[] = [
  {
    id: "workerd",
    source: "npm @cloudflare/workerd-linux-64",
    runtime: "workerd",
    version: /^\d{4}-\d{2}-\d{2}$/,
    run: (request) => runWorkerd(request),
  },
];
