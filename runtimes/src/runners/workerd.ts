import { execFileSync } from "node:child_process";
import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { NO_KEEP_ALIVE } from "../no-keep-alive.js";
import { baseEnv, type StartedProcess, startProcess } from "../spawn.js";
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
  return workerConfig({ bindings: { WORKERD_VERSION: version }, allow });
}

/** What a Worker is run with: its text bindings (`env.NAME`), network and compatibility date. */
export interface WorkerConfigOptions {
  /** Text bindings by name: printable ASCII only (a capnp string literal), as secrets and settings are. */
  bindings?: Readonly<Record<string, string>> | undefined;
  /** The addresses its fetch() may reach (default: 127.0.0.1 only). */
  allow?: readonly string[] | undefined;
  compatibilityDate?: string | undefined;
}

/** The config of `workerdConfig` for any Worker `worker.js`, with these bindings, network and date. */
export function workerConfig({
  bindings = {},
  allow = LOOPBACK,
  compatibilityDate = COMPATIBILITY_DATE,
}: WorkerConfigOptions): string {
  const texts = Object.entries(bindings).map(([name, value]) => {
    // JSON's escapes of printable ASCII (\" and \\) are capnp's too; anything else would need more.
    if (!/^[A-Za-z_]\w*$/.test(name) || !/^[\x20-\x7e]*$/.test(value)) {
      throw new Error(`workerd binding ${JSON.stringify(name)}: a name and a printable ASCII value are supported`);
    }
    return `(name = "${name}", text = ${JSON.stringify(value)})`;
  });
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
  compatibilityDate = "${compatibilityDate}",
  globalOutbound = "loopback",
  bindings = [${texts.join(", ")}],
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

/** A Worker served by `startWorkerd`: its address, its output so far, and how to stop it. */
export interface StartedWorker {
  /** `http://127.0.0.1:<port>`, accepting connections. */
  url: string;
  output(): string;
  /** Kills workerd, waits for its exit and removes its directory. */
  stop(): Promise<void>;
}

/**
 * Serves one ES module Worker (`modulePath`, a bundle) in workerd: writes it and its config into a new
 * directory, starts `workerd serve` on a free 127.0.0.1 port and resolves once the port accepts
 * connections. The caller stops it; if it cannot be started, it is stopped here and the error has its output.
 */
export async function startWorkerd(
  options: WorkerConfigOptions & { modulePath: string; timeoutMs: number },
): Promise<StartedWorker> {
  const binary = packagedBinary("@cloudflare/workerd-linux-64", "bin", "workerd");
  const dir = await mkdtemp(join(tmpdir(), "idp-runtimes-workerd-"));
  const removeDir = () => rm(dir, { recursive: true, force: true });
  let server: StartedProcess | undefined;
  try {
    await copyFile(options.modulePath, join(dir, "worker.js"));
    await writeFile(join(dir, "config.capnp"), workerConfig(options));
    const port = await freePort();
    const deadline = Date.now() + options.timeoutMs;
    const started = startProcess(binary, ["serve", "config.capnp", "config", `--socket-addr=http=127.0.0.1:${port}`], {
      env: { ...baseEnv(), HOME: dir },
      cwd: dir,
    });
    server = started;
    let exitedEarly: string | undefined;
    void started.exited.then((how) => {
      exitedEarly = how;
    });
    while (!(await accepts(port))) {
      if (exitedEarly !== undefined) throw new Error(`workerd exited with ${exitedEarly} before listening`);
      if (Date.now() > deadline) {
        throw new Error(`workerd did not listen on 127.0.0.1:${port} within ${options.timeoutMs} ms`);
      }
      await sleep(50);
    }
    return {
      url: `http://127.0.0.1:${port}`,
      output: started.output,
      stop: async () => {
        await started.stop();
        await removeDir();
      },
    };
  } catch (error) {
    const output = server?.output() ?? "";
    await server?.stop();
    await removeDir();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`);
  }
}

/**
 * Runs the program in workerd once: serves the worker bundle (`startWorkerd`), POSTs the input and
 * resolves with the response's body (the program's line); the process is killed and the directory
 * removed however the run ends. `allow` is the Worker's network (the test of the limit changes it).
 */
export async function runWorkerd(
  { bundles, input, timeoutMs }: Pick<RunRequest, "bundles" | "input" | "timeoutMs">,
  allow: readonly string[] = LOOPBACK,
): Promise<string> {
  const binary = packagedBinary("@cloudflare/workerd-linux-64", "bin", "workerd");
  const deadline = Date.now() + timeoutMs;
  const worker = await startWorkerd({
    modulePath: bundles.worker,
    bindings: { WORKERD_VERSION: workerdVersion(binary) },
    allow,
    timeoutMs,
  });
  try {
    const response = await fetch(`${worker.url}/`, {
      method: "POST",
      headers: { ...NO_KEEP_ALIVE, "content-type": "application/json" },
      body: JSON.stringify(input),
      signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
    });
    const body = await response.text();
    if (!response.ok) throw new Error(`workerd answered ${response.status}\n${body}\n${worker.output()}`);
    return body;
  } finally {
    await worker.stop();
  }
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
