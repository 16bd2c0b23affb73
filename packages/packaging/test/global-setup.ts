import { mkdir, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { TestProject } from "vitest/node";
import { PUBLISHED, packAll, run } from "./published.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The scratch project outside the workspace that installed the tarballs with npm. */
    consumer: string;
    /** Package folder name → its packed tarball. */
    tarballs: Record<string, string>;
  }
}

/** Dev tools a TypeScript consumer has besides our packages: the workspace's own copies, linked in. */
const TOOLS = ["@types/node", "typescript", "vitest"] as const;

let scratch: string | undefined;

/**
 * Once for every test file: pack the published packages as `pnpm publish` would and install the tarballs
 * with npm into a project outside the workspace, as a user would.
 */
export async function setup(project: TestProject): Promise<void> {
  const packed = await packAll();
  scratch = packed.dir;
  try {
    await install(project, packed);
  } catch (error) {
    await teardown();
    throw error;
  }
}

async function install(project: TestProject, packed: { dir: string; tarballs: Record<string, string> }) {
  const consumer = join(packed.dir, "consumer");
  const deps = Object.fromEntries(PUBLISHED.map((name) => [`@idp-sessions/${name}`, `file:${packed.tarballs[name]}`]));
  await mkdir(consumer);
  await writeFile(
    join(consumer, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module", dependencies: deps, overrides: deps }, null, 2),
  );
  await run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], {
    cwd: consumer,
    maxBuffer: 16 << 20,
  });
  // A user would `npm install -D typescript @types/node vitest`; linking the versions this repository pins
  // checks the same thing without a second install from the registry.
  const require = createRequire(import.meta.url);
  for (const tool of TOOLS) {
    const target = await realpath(dirname(require.resolve(`${tool}/package.json`)));
    await mkdir(dirname(join(consumer, "node_modules", tool)), { recursive: true });
    await symlink(target, join(consumer, "node_modules", tool), "dir");
  }
  project.provide("consumer", consumer);
  project.provide("tarballs", packed.tarballs);
}

/** Removes the tarballs and the consumer project. */
export async function teardown(): Promise<void> {
  if (scratch) await rm(scratch, { recursive: true, force: true });
}
