/**
 * Bundles the program once per host into one ESM file each, on esbuild's `neutral` platform: no Node
 * built-in resolves, so a client package that imports one (`node:crypto`, `buffer`) fails the bundle here,
 * before any runtime runs it. `tsx src/bundle.ts` bundles into dist/ and prints the files.
 */
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildOptions, build } from "esbuild";

export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The hosts: how a runtime hands the program its input and takes its output (program/hosts/<host>.ts). */
export const HOSTS = ["process", "deno", "worker", "browser"] as const;
export type Host = (typeof HOSTS)[number];

/** One ESM file on the neutral platform (the examples' bundles use the same options, `node` platform aside). */
export const BUNDLE_OPTIONS = {
  bundle: true,
  format: "esm",
  platform: "neutral",
  // The neutral platform reads no main fields by default; the packages' `exports` name their ESM files.
  mainFields: ["module", "main"],
  target: "es2022",
  logLevel: "silent",
} as const satisfies BuildOptions;

/** Where each host's bundle is (dist/list-revoke.<host>.mjs), whether or not it was built yet. */
export function programBundles(outDir = join(PACKAGE_DIR, "dist")): Record<Host, string> {
  return Object.fromEntries(HOSTS.map((host) => [host, join(outDir, `list-revoke.${host}.mjs`)])) as Record<
    Host,
    string
  >;
}

/**
 * Bundles program/hosts/<host>.ts for every host into `outDir`; returns each bundle's path. The tests
 * bundle once, before any test file runs (test/global-setup.ts), and take the paths from `programBundles`:
 * test files run at the same time, and one rebuilding a bundle another is reading would race.
 */
export async function bundleProgram(outDir = join(PACKAGE_DIR, "dist")): Promise<Record<Host, string>> {
  await mkdir(outDir, { recursive: true });
  const out = programBundles(outDir);
  for (const host of HOSTS) {
    await build({
      ...BUNDLE_OPTIONS,
      entryPoints: [join(PACKAGE_DIR, "program", "hosts", `${host}.ts`)],
      outfile: out[host],
    });
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = await bundleProgram();
  for (const file of Object.values(files)) console.log(file);
}
