import { execFile, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { missingVariables } from "@idp-sessions/contract";
import { describe, expect, it } from "vitest";
import { demoCommand } from "../src/commands/demo.js";
import { fakeIo } from "./helpers/fake-io.js";
import { printedJson } from "./helpers/printed-json.js";
import { shellWords } from "./helpers/shell-words.js";

// Every command the demo suggests is run here, through the built binary, with its placeholders filled in
// from a running `idp-sessions mock`. `pnpm idp-sessions` is the root script that builds and runs that binary.
const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const ROOT_SCRIPTS = (
  JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts;

/** The suggested commands, as one line each (continuations joined), from the demo at `columns`. */
async function suggested(columns?: number): Promise<string[]> {
  const { io, stdout } = fakeIo(columns === undefined ? {} : { columns });
  await demoCommand([], io);
  const next = stdout().split("Try next:\n")[1] ?? "";
  return next
    .replace(/ \\\n\s+/g, " ")
    .split("\n")
    .filter((line) => /^ {2}\S/.test(line))
    .map((line) => line.trim());
}

function run(args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH } }, (error, stdout) => {
      resolve({ code: typeof error?.code === "number" ? error.code : 0, stdout });
    });
  });
}

interface MockSummary {
  auth0: { baseUrl: string; credentials: { token: string }; users: { userId: string }[] };
}

describe("the commands the demo suggests", () => {
  it("are the same commands at 80 columns (shell continuations) as on a pipe", async () => {
    const full = await suggested();
    expect(full).toHaveLength(4);
    expect(await suggested(80)).toEqual(full);
  });

  it("use root scripts that exist: pnpm idp-sessions and pnpm demo run the CLI", () => {
    expect(ROOT_SCRIPTS["idp-sessions"]).toMatch(/scripts\/cli\.ts$/);
    expect(ROOT_SCRIPTS.demo).toMatch(/scripts\/cli\.ts demo$/);
  });

  it("work: mock starts the servers, list reads one with the values mock printed", async () => {
    const [mockLine = "", listLine = ""] = await suggested();
    const mockArgs = shellWords(mockLine);
    expect(mockArgs.slice(0, 2)).toEqual(["pnpm", "idp-sessions"]);
    const mock = spawn(process.execPath, [BIN, ...mockArgs.slice(2)], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      const { auth0 } = await printedJson<MockSummary>(mock);
      const filled = listLine
        .replace("<baseUrl>", auth0.baseUrl)
        .replace("<token>", auth0.credentials.token)
        .replace("<userId>", auth0.users[0]?.userId ?? "");
      expect(filled).not.toMatch(/<\w+>/);
      const listArgs = shellWords(filled);
      expect(listArgs.slice(0, 2)).toEqual(["pnpm", "idp-sessions"]);
      const list = await run(listArgs.slice(2));
      expect(list.code).toBe(0);
      expect(list.stdout).toMatch(/^provider\s+session id/);
      expect(list.stdout).toMatch(/\n25 session\(s\)\n$/);
    } finally {
      mock.kill("SIGINT");
      await new Promise((resolve) => mock.once("exit", resolve));
    }
  });

  it("work: contract --help lists every variable the live hint names", async () => {
    const [, , contractLine = "", liveLine = ""] = await suggested();
    const args = shellWords(contractLine);
    expect(args.slice(0, 2)).toEqual(["pnpm", "idp-sessions"]);
    const help = await run(args.slice(2));
    expect(help.code).toBe(0);
    const assignments = shellWords(liveLine).filter((w) => /^[A-Z0-9_]+=/.test(w));
    expect(assignments.length).toBeGreaterThan(0);
    for (const name of assignments.map((a) => a.split("=")[0] ?? "")) expect(help.stdout).toContain(name);
  });

  it("work: the live hint sets exactly what makes the demo list auth0 from a tenant", async () => {
    const liveLine = (await suggested())[3] ?? "";
    const words = shellWords(liveLine);
    expect(words.slice(-2)).toEqual(["pnpm", "demo"]);
    const env = Object.fromEntries(words.slice(0, -2).map((w) => w.split("=") as [string, string]));
    expect(missingVariables("auth0", env)).toEqual([]);
  });
});
