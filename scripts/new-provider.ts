/**
 * pnpm new-provider <id> ["Display Name"]: scaffolds a sixth provider in one command.
 *
 *   specs/<id>.yaml                      a spec skeleton that lints clean (replace it with the real operation)
 *   packages/<id>/                       the package, with the standard file names
 *   packages/normalize/src/providers/<id>.ts  a mapper stub that fails the type check until it is written
 *   its id in scripts/providers.ts, its property-test entry, and normalize's and contract's dependencies on
 *   it; normalize's, contract's and the CLI's registries are generated from the spec by `pnpm generate`
 *
 * Then: pnpm install && pnpm generate, write the spec and the mapper, pnpm test.
 */

import { existsSync } from "node:fs";
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const templates = join(root, "scripts", "templates");

export interface Names {
  id: string;
  title: string;
  pascal: string;
  camel: string;
  constant: string;
  envPrefix: string;
}

export function namesFor(id: string, title?: string): Names {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id))
    throw new Error(`provider id must be kebab-case, e.g. "acme-id", got "${id}"`);
  const pascal = id
    .split("-")
    .map((p) => p[0]?.toUpperCase() + p.slice(1))
    .join("");
  const constant = id.replace(/-/g, "_").toUpperCase();
  return {
    id,
    title: title ?? pascal,
    pascal,
    camel: pascal[0]?.toLowerCase() + pascal.slice(1),
    constant,
    envPrefix: constant,
  };
}

function fill(text: string, n: Names): string {
  return text
    .replace(/__ID__/g, n.id)
    .replace(/__TITLE__/g, n.title)
    .replace(/__PASCAL__/g, n.pascal)
    .replace(/__CAMEL__/g, n.camel)
    .replace(/__CONST__/g, n.constant);
}

async function write(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

/** Inserts `text` before the first occurrence of `anchor` in a file; fails loudly when the anchor moved. */
async function insertBefore(file: string, anchor: string, text: string): Promise<void> {
  const path = join(root, file);
  const source = await readFile(path, "utf8");
  if (!source.includes(anchor)) throw new Error(`${file}: cannot find "${anchor}" to wire the provider in`);
  await writeFile(path, source.replace(anchor, `${text}${anchor}`));
}

async function editJson(file: string, edit: (value: Record<string, unknown>) => void): Promise<void> {
  const path = join(root, file);
  const value = JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
  edit(value);
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
}

export async function scaffold(n: Names): Promise<string[]> {
  const pkg = join(root, "packages", n.id);
  if (existsSync(pkg) || existsSync(join(root, "specs", `${n.id}.yaml`)))
    throw new Error(`provider "${n.id}" already exists`);
  await write(join(root, "specs", `${n.id}.yaml`), fill(await readFile(join(templates, "spec.yaml"), "utf8"), n));

  // Package: same files as every provider package, package metadata copied from auth0's.
  for (const [file, target] of [
    ["client.ts", "src/client.ts"],
    ["errors.ts", "src/errors.ts"],
    ["list-sessions.ts", "src/list-sessions.ts"],
    ["types.ts", "src/types.ts"],
    ["index.ts", "src/index.ts"],
    ["list-sessions.test.ts", "test/list-sessions.test.ts"],
  ] as const) {
    await write(join(pkg, target), fill(await readFile(join(templates, "package", `${file}.tpl`), "utf8"), n));
  }
  for (const file of ["tsconfig.json", "LICENSE", "test/setup.ts"])
    await cp(join(root, "packages", "auth0", file), join(pkg, file));
  const auth0 = (p: string) => readFile(join(root, "packages", "auth0", p), "utf8");
  await write(join(pkg, "vitest.config.ts"), (await auth0("vitest.config.ts")).replace(/"auth0"/g, `"${n.id}"`));
  await write(
    join(pkg, "src", "generated", "README.md"),
    (await auth0("src/generated/README.md")).replace(/auth0\.yaml/g, `${n.id}.yaml`),
  );
  const manifest = JSON.parse(await auth0("package.json")) as Record<string, unknown> & {
    repository: { directory: string };
  };
  manifest.name = `@idp-sessions/${n.id}`;
  manifest.description = `Typed client for listing a user's sessions in ${n.title}, generated from its OpenAPI spec.`;
  manifest.keywords = ["sessions", "openapi", "openapi-fetch", n.id, "identity", "idp"];
  manifest.repository.directory = `packages/${n.id}`;
  await write(join(pkg, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  await write(
    join(pkg, "README.md"),
    `# @idp-sessions/${n.id}\n\nA typed client for listing a user's sessions in ${n.title}, generated from [\`specs/${n.id}.yaml\`](../../specs/${n.id}.yaml).\n\n## Install\n\n\`\`\`sh\nnpm install @idp-sessions/${n.id}\n\`\`\`\n\n## Example\n\n\`\`\`ts\nimport { create${n.pascal}Client, listSessions } from "@idp-sessions/${n.id}";\n\nconst client = create${n.pascal}Client({ domain: "tenant.example.com", token: process.env.${n.envPrefix}_TOKEN });\nfor await (const session of listSessions(client, { userId: "user_1" })) console.log(session.id);\n\`\`\`\n\n## Options\n\n\`domain\` or \`baseUrl\`, \`token\` or \`getToken\`, and \`fetch\`, \`maxRetries\`, \`timeoutMs\`, \`userAgent\` as in every idp-sessions client.\n\n## Errors\n\nThe error classes of \`@idp-sessions/core\` are re-exported; see its README.\n\nTo show sessions from several providers in one model, see [\`@idp-sessions/normalize\`](../normalize).\n`,
  );

  // The provider list and the mapper stub.
  await insertBefore("scripts/providers.ts", "] as const;", `, "${n.id}"`);
  await write(
    join(root, "packages", "normalize", "src", "providers", `${n.id}.ts`),
    fill(await readFile(join(templates, "package", "mapper.ts.tpl"), "utf8"), n),
  );
  // normalize's raw session types and mappers, contract's specs, settings and listings, and the CLI's flags
  // come from the registry that `pnpm generate` writes from the specs: nothing to wire by hand.
  // Contract test wiring: fixtures for every documented status, and the property test's entry.
  const fixture = (status: number, body: unknown, description: string) =>
    write(
      join(root, "specs", "fixtures", n.id, `${status === 200 ? "documentation" : `error-${status}`}.json`),
      `${JSON.stringify({ description, status, headers: { "content-type": "application/json" }, body }, null, 2)}\n`,
    );
  await fixture(
    200,
    {
      sessions: [
        { id: "ses_1", user_id: "user_1", created_at: "2024-01-01T00:00:00Z", expires_at: "2024-01-02T00:00:00Z" },
      ],
      next: null,
    },
    "The skeleton's example page",
  );
  await fixture(401, { code: "unauthorized", message: "Invalid token" }, "Invalid token");
  await fixture(404, { code: "not_found", message: "The user does not exist." }, "Unknown user");
  await insertBefore(
    "packages/contract/test/properties.test.ts",
    "  zitadel: {\n",
    `  "${n.id}": {\n    sessions: (b) => (b.sessions as unknown[]) ?? [],\n    lastPage: (b) => ({ body: { ...b, next: null }, headers: {} }),\n    env: { ${n.envPrefix}_BASE_URL: "http://127.0.0.1:9/api", ${n.envPrefix}_TOKEN: "t", ${n.envPrefix}_USER_ID: "u" },\n    mutations: [["always-present field removed", (b) => delete first(b.sessions).id, "/sessions/0/id"]],\n  },\n`,
  );
  for (const file of ["packages/normalize/package.json", "packages/contract/package.json"]) {
    await editJson(file, (value) => {
      const deps = value.dependencies as Record<string, string>;
      deps[`@idp-sessions/${n.id}`] = "workspace:^";
      value.dependencies = Object.fromEntries(Object.entries(deps).sort(([a], [b]) => (a < b ? -1 : 1)));
    });
  }
  return [
    `specs/${n.id}.yaml`,
    `packages/${n.id}/`,
    `packages/normalize/src/providers/${n.id}.ts`,
    `specs/fixtures/${n.id}/`,
    "scripts/providers.ts (the id), packages/contract/test/properties.test.ts (its property-test entry), normalize's and contract's dependencies",
  ];
}

async function main(): Promise<void> {
  const [id, title] = process.argv.slice(2);
  if (!id) throw new Error('usage: pnpm new-provider <id> ["Display Name"]');
  const written = await scaffold(namesFor(id, title));
  console.log(`new-provider: scaffolded ${id}:\n  ${written.join("\n  ")}`);
  console.log(
    "Next: pnpm install && pnpm generate, write the spec and the mapper (the type check fails until it is done), pnpm test.",
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`new-provider: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
