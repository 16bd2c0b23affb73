import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { checkPackage, createPackageFromTarballData } from "@arethetypeswrong/core";
import { build } from "esbuild";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { describe, expect, inject, it } from "vitest";
import { CJS_PROGRAM, ESM_PROGRAM, TS_PROGRAM, TSCONFIGS } from "./consumer-files.js";
import { PUBLISHED, root, run } from "./published.js";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
// Packed and installed once for every test file by global-setup.ts, and removed after the run.
const tarballs = inject("tarballs");
const consumer = inject("consumer");

describe.each(PUBLISHED)("@idp-sessions/%s as published", (name) => {
  it("passes publint with no warnings or errors", async () => {
    const tarball = (await readFile(tarballs[name] ?? "")).buffer as ArrayBuffer;
    const { messages, pkg } = await publint({ pack: { tarball }, level: "warning" });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`)).toEqual([]);
  });
});

// The cli ships a bin and no types, so arethetypeswrong has nothing to check there.
describe.each(PUBLISHED.filter((name) => name !== "cli"))("@idp-sessions/%s types as published", (name) => {
  it("passes arethetypeswrong (ESM and CJS consumers, node10/node16/bundler)", async () => {
    const data = new Uint8Array(await readFile(tarballs[name] ?? ""));
    const result = await checkPackage(createPackageFromTarballData(data));
    expect(result.types).not.toBe(false);
    expect("problems" in result ? result.problems : []).toEqual([]);
  });
});

describe("a consumer project that installed the tarballs with npm", () => {
  it("runs an ESM program against the mock servers", async () => {
    await writeFile(join(consumer, "esm.mjs"), ESM_PROGRAM);
    const { stdout } = await run(process.execPath, ["esm.mjs"], { cwd: consumer });
    expect(JSON.parse(stdout)).toEqual({ ok: true, sessions: [6, 6, 6, 6, 6], normalized: 6, notFound: true });
  });

  it("runs a CommonJS program (require) against the mock servers", async () => {
    await writeFile(join(consumer, "cjs.cjs"), CJS_PROGRAM);
    const { stdout } = await run(process.execPath, ["cjs.cjs"], { cwd: consumer });
    expect(JSON.parse(stdout)).toEqual({
      ok: true,
      sessions: [6, 6, 6, 6, 6],
      zitadel: 6,
      signed: true,
      errors: "function",
    });
  });

  it.each(Object.keys(TSCONFIGS))("type-checks a TypeScript program with %s", async (config) => {
    await writeFile(join(consumer, "main.ts"), TS_PROGRAM);
    await writeFile(join(consumer, config), JSON.stringify(TSCONFIGS[config], null, 2));
    const result = await run(process.execPath, [tsc, "-p", config], { cwd: consumer }).catch(
      (e: { stdout?: string }) => ({ stdout: e.stdout ?? String(e) }),
    );
    expect(result.stdout).toBe("");
  });

  it("bundles every client package for the browser: no Node built-in is imported", async () => {
    // mock and cli are Node programs by design (node:http, the terminal); everything else must run in a browser.
    for (const name of PUBLISHED.filter((n) => n !== "mock" && n !== "cli")) {
      const result = await build({
        stdin: { contents: `export * from "@idp-sessions/${name}";`, resolveDir: consumer },
        bundle: true,
        platform: "browser",
        format: "esm",
        write: false,
        logLevel: "silent",
      }).catch((error: Error) => error);
      expect(result instanceof Error ? `${name}: ${result.message}` : "ok").toBe("ok");
    }
  });

  it("the cli's bin runs from the installed package", async () => {
    const { stdout } = await run(join(consumer, "node_modules", ".bin", "idp-sessions"), ["--help"], { cwd: consumer });
    expect(stdout).toMatch(/^Usage: idp-sessions <command>/);
  });
});

describe("release", () => {
  it("every published package passes a publish dry run", async () => {
    for (const name of PUBLISHED) {
      await run("pnpm", ["publish", "--dry-run", "--no-git-checks", "--access", "public"], {
        cwd: join(root, "packages", name),
        maxBuffer: 16 << 20,
      });
    }
  });
});
