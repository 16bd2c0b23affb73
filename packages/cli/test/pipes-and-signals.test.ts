import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { auth0Raw, type Handler, hostileServer, json } from "./helpers/hostile-server.js";
import { BIN } from "./helpers/run-cli.js";

/** Auth0 pages of two sessions each that never end (each names a next cursor), the first at once. */
function endless(later: (send: () => void) => void = (send) => send()): Handler {
  return (_req, res, n) => {
    const send = () => json(res, { sessions: [auth0Raw(`s${n}a`), auth0Raw(`s${n}b`)], next: `c${n}` });
    if (n === 1) send();
    else later(send);
  };
}

function listArgs(origin: string, format: string): string[] {
  return ["list", "--provider", "auth0", "--user", "auth0|u", "--base-url", `${origin}/api/v2`, "--format", format];
}

function spawnCli(args: string[]): ChildProcess & { stderrText(): string } {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH, AUTH0_TOKEN: "t" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return Object.assign(child, { stderrText: () => stderr });
}

/** The exit code, once stderr has been read to its end. */
async function exitCode(child: ChildProcess): Promise<number | null> {
  const [code] = (await once(child, "close")) as [number | null];
  return code;
}

describe("idp-sessions list and closed pipes", () => {
  it("stops listing and exits 0, quietly, when the reader closes after the first line", async () => {
    let release = () => {};
    const firstLineRead = new Promise<void>((resolve) => {
      release = resolve;
    });
    const server = await hostileServer(endless((send) => void firstLineRead.then(send)));
    try {
      const child = spawnCli(listArgs(server.origin, "ndjson"));
      const [chunk] = (await once(child.stdout as NodeJS.ReadableStream, "data")) as [Buffer];
      expect(JSON.parse(chunk.toString().split("\n")[0] ?? "")).toMatchObject({ id: "s1a" });
      child.stdout?.destroy();
      release();
      expect(await exitCode(child)).toBe(0);
      expect(child.stderrText()).toBe("");
      // Without the stop it would go on to maxPages (5000) and fail.
      expect(server.requests()).toBeLessThan(10);
    } finally {
      await server.close();
    }
  });

  it("exits 0 when stdout is closed before the table is written", async () => {
    const server = await hostileServer((_req, res) => json(res, { sessions: [auth0Raw("only")] }));
    try {
      const child = spawnCli(listArgs(server.origin, "table"));
      child.stdout?.destroy();
      expect(await exitCode(child)).toBe(0);
      expect(child.stderrText()).toBe("");
    } finally {
      await server.close();
    }
  });

  it("works behind a real `| head -n 1` (bash, pipefail)", async () => {
    const server = await hostileServer(endless((send) => setTimeout(send, 5)));
    try {
      const quoted = [process.execPath, BIN, ...listArgs(server.origin, "csv")].map((w) => `'${w}'`).join(" ");
      const child = spawn("bash", ["-o", "pipefail", "-c", `${quoted} | head -n 1`], {
        env: { PATH: process.env.PATH, AUTH0_TOKEN: "t" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      let err = "";
      child.stdout.on("data", (c: Buffer) => {
        out += c.toString();
      });
      child.stderr.on("data", (c: Buffer) => {
        err += c.toString();
      });
      expect(await exitCode(child)).toBe(0);
      expect(out).toBe("provider,session id,status,ip,user agent,created,expires,methods\n");
      expect(err).toBe("");
    } finally {
      await server.close();
    }
  });
});

describe("idp-sessions list and Ctrl-C", () => {
  it("the first SIGINT cancels the request under way and exits 130 with one line on stderr", async () => {
    let secondRequest = () => {};
    const waiting = new Promise<void>((resolve) => {
      secondRequest = resolve;
    });
    let cancelled = () => {};
    const dropped = new Promise<void>((resolve) => {
      cancelled = resolve;
    });
    // The second page never comes: the request hangs until the client lets go of it.
    const server = await hostileServer((req, res, n) => {
      if (n === 1) return endless()(req, res, n);
      res.on("close", () => (res.writableEnded ? undefined : cancelled()));
      secondRequest();
    });
    try {
      const child = spawnCli(listArgs(server.origin, "ndjson"));
      await waiting;
      child.kill("SIGINT");
      expect(await exitCode(child)).toBe(130);
      expect(child.stderrText()).toBe("idp-sessions list: interrupted\n");
      await dropped;
    } finally {
      await server.close();
    }
  });
});
