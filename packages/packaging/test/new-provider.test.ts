import { execFile } from "node:child_process";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "./published.js";

const exec = promisify(execFile);
const tsx = createRequire(join(root, "package.json")).resolve("tsx/cli");
let copy = "";

const sh = (cmd: string, args: string[], cwd = copy) =>
  exec(cmd, args, { cwd, maxBuffer: 64 << 20, env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NO_COLOR: "1" } });
// A failed type check names the package and shows tsc's own report (its errors go to stdout).
const tsc = (pkg: string) =>
  sh(process.execPath, [
    join(copy, "node_modules/typescript/bin/tsc"),
    "--noEmit",
    "-p",
    join(copy, "packages", pkg),
  ]).catch((error: { stdout?: string }) => {
    throw new Error(`tsc in packages/${pkg} of the scaffolded copy failed:\n${error.stdout ?? String(error)}`);
  });

const MAPPER = `import type { AcmeIdSession } from "@idp-sessions/acme-id";
import type { NormalizeOptions, SessionOf } from "../session.js";
import { statusOf } from "../status.js";
import { fromRfc3339 } from "../time.js";

/** Acme ID: RFC 3339 times, no devices, methods or metadata. */
export function normalizeAcmeIdSession(raw: AcmeIdSession, options: NormalizeOptions = {}): SessionOf<"acme-id"> {
  const expiresAt = fromRfc3339(raw.expires_at);
  return {
    provider: "acme-id", id: raw.id, userId: raw.user_id ?? null,
    status: statusOf({ expiresAt, idleExpiresAt: null }, options.now ?? new Date()),
    createdAt: fromRfc3339(raw.created_at), authenticatedAt: null, lastActiveAt: null, expiresAt, idleExpiresAt: null,
    ip: null, userAgent: null, location: null, devices: [], clientIds: [], authMethods: [], assuranceLevel: null, metadata: null, raw,
  };
}
`;

beforeAll(async () => {
  // A copy of the repository (built packages included, installed dependencies not), as a maintainer has it.
  copy = await mkdtemp(join(tmpdir(), "idp-sessions-scaffold-"));
  await cp(root, copy, { recursive: true, filter: (src) => !/[/\\](node_modules|\.turbo|\.git)$/.test(src) });
  await sh(process.execPath, [tsx, "scripts/new-provider.ts", "acme-id", "Acme ID"]);
  // The new package changes the lockfile, so this install resolves. --prefer-offline takes what the store and
  // metadata cache already hold and asks the registry for the rest: a new machine's frozen install leaves
  // no metadata behind, and --offline would stop at the first package it has none for.
  await sh("pnpm", ["install", "--prefer-offline", "--no-frozen-lockfile", "--ignore-scripts", "--reporter=silent"]);
  await sh(process.execPath, [tsx, "scripts/generate.ts"]);
}, 300_000);

afterAll(() => (copy ? rm(copy, { recursive: true, force: true }) : undefined));

describe("pnpm new-provider acme-id", () => {
  it("writes the spec, the package with the standard files, and the wiring; the spec lints and generates", async () => {
    const { stdout } = await sh(process.execPath, [tsx, "scripts/generate.ts", "--check"]);
    expect(stdout).toMatch(/generate:check: .*acme-id: up to date/);
  });

  it("leaves a mapper that fails the type check until it is written", async () => {
    const failed = await tsc("normalize").then(
      () => "",
      (error: Error) => error.message,
    );
    expect(failed).toMatch(/src\/providers\/acme-id\.ts.*is missing the following properties/s);
  });

  it("builds and passes its tests once the mapper is written", async () => {
    await writeFile(join(copy, "packages/normalize/src/providers/acme-id.ts"), MAPPER);
    await sh("pnpm", [
      "turbo",
      "run",
      "build",
      "--filter=@idp-sessions/acme-id",
      "--filter=@idp-sessions/normalize",
      "--output-logs=errors-only",
    ]);
    for (const pkg of ["acme-id", "normalize", "contract", "cli"]) await tsc(pkg);
    const contract = await sh(
      "pnpm",
      ["exec", "vitest", "run", "test/fixtures.test.ts", "test/properties.test.ts", "-t", "acme-id"],
      join(copy, "packages/contract"),
    );
    expect(contract.stdout).toMatch(/Tests\s+\d+ passed/);
    const { stdout } = await sh("pnpm", ["exec", "vitest", "run"], join(copy, "packages/acme-id"));
    expect(stdout).toMatch(/Tests\s+2 passed/);
  });
});
