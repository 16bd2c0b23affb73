import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const run = promisify(execFile);
export const root = fileURLToPath(new URL("../../../", import.meta.url));

/** The packages we publish, by folder. */
export const PUBLISHED = [
  "core",
  "huawei-identitycenter",
  "ory-kratos",
  "monocloud",
  "auth0",
  "zitadel",
  "normalize",
  "signout",
  "contract",
  "mock",
  "cli",
] as const;

/**
 * Packs every published package with pnpm (workspace versions resolved), as `pnpm publish` would, into a new
 * temporary folder; the caller removes `dir` (it is removed here when packing fails).
 */
export async function packAll(): Promise<{ dir: string; tarballs: Record<string, string> }> {
  const dir = await mkdtemp(join(tmpdir(), "idp-sessions-pack-"));
  try {
    return { dir, tarballs: await packInto(join(dir, "tarballs")) };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function packInto(out: string): Promise<Record<string, string>> {
  await mkdir(out);
  await Promise.all(
    PUBLISHED.map((name) => run("pnpm", ["pack", "--pack-destination", out], { cwd: join(root, "packages", name) })),
  );
  const files = await readdir(out);
  const tarballs: Record<string, string> = {};
  for (const name of PUBLISHED) {
    const file = files.find(
      (f) =>
        f === `idp-sessions-${name}-0.0.0.tgz` || (f.startsWith(`idp-sessions-${name}-`) && /-\d+\.\d+\.\d+/.test(f)),
    );
    if (!file) throw new Error(`no tarball for ${name} in ${files.join(", ")}`);
    tarballs[name] = join(out, file);
  }
  return tarballs;
}
