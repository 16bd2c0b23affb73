import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { root } from "./published.js";

/**
 * "Edit the spec, run `pnpm generate`, and the clients follow", tried as a maintainer would, in a copy of
 * the repository: for every provider, an optional query parameter added to the spec reaches a
 * `listSessions` caller (type check) and the wire (run); a changed server host changes the host a client
 * built from its address option calls; a new optional session property appears in the session type; and
 * a renamed API-key header (MonoCloud) changes the header sent. No file but the specs is edited.
 */
const exec = promisify(execFile);
const tsx = createRequire(join(root, "package.json")).resolve("tsx/cli");
let copy = "";
const sh = (cmd: string, args: string[], cwd = copy) =>
  exec(cmd, args, { cwd, maxBuffer: 64 << 20, env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NO_COLOR: "1" } });

interface Probe {
  spec: string;
  path: string;
  method: "get" | "post";
  session: string;
  /** The program's body: `fetch` answers every request with `reply` and records it in `seen`. */
  program: string;
  reply: { body: unknown; headers?: Record<string, string> };
}

const PROBES: Record<string, Probe> = {
  auth0: {
    spec: "auth0",
    path: "/users/{user_id}/sessions",
    method: "get",
    session: "Session",
    program: `const client = createAuth0Client({ domain: "tenant.example", token: "t", fetch, maxRetries: 0 });
await listSessions(client, { userId: "u", x_probe: "probe-value" }).collect();`,
    reply: { body: { sessions: [] } },
  },
  monocloud: {
    spec: "monocloud",
    path: "/users/{user_id}/sessions",
    method: "get",
    session: "UserSession",
    program: `const client = createMonoCloudClient({ domain: "tenant.example", apiKey: "k", fetch, maxRetries: 0 });
await listSessions(client, { userId: "u", x_probe: "probe-value" }).collect();`,
    reply: { body: [], headers: { "x-pagination": '{"has_next":false}' } },
  },
  "ory-kratos": {
    spec: "ory-kratos",
    path: "/admin/identities/{id}/sessions",
    method: "get",
    session: "Session",
    program: `const client = createOryKratosClient({ projectSlug: "project", token: "t", fetch, maxRetries: 0 });
await listSessions(client, { identityId: "6f1c1f70-0d5a-4d1f-9a0b-2e6f6b1c2d3e", x_probe: "probe-value" }).collect();`,
    reply: { body: [] },
  },
  zitadel: {
    spec: "zitadel",
    path: "/v2/sessions/search",
    method: "post",
    session: "Session",
    program: `const client = createZitadelClient({ domain: "zitadel.example", token: "t", fetch, maxRetries: 0 });
await listSessions(client, { userId: "u", x_probe: "probe-value" }).collect();`,
    reply: { body: {} },
  },
  "huawei-identitycenter": {
    spec: "huawei-identitycenter",
    path: "/v1/identity-stores/{identity_store_id}/users/{user_id}/sessions",
    method: "get",
    session: "UserSession",
    program: `const client = createHuaweiIdentityCenterClient({
  region: "ap-southeast-1", accessKeyId: "AK", secretAccessKey: "SK", fetch, maxRetries: 0 });
await listSessions(client, { identityStoreId: "d-1", userId: "u", x_probe: "probe-value" }).collect();`,
    reply: { body: {} },
  },
};

type Json = Record<string, unknown>;
const obj = (value: unknown) => value as Json;

/** The maintainer's edits: a query parameter, a server host, a session property (and MonoCloud's header). */
async function editSpec(id: string, probe: Probe): Promise<void> {
  const file = join(copy, "specs", `${id}.yaml`);
  const doc = parse(await readFile(file, "utf8")) as Json;
  const operation = obj(obj(obj(doc.paths)[probe.path])[probe.method]);
  const parameters = (operation.parameters as unknown[] | undefined) ?? [];
  parameters.push({
    name: "x_probe",
    in: "query",
    required: false,
    description: "A parameter the maintainer just added.",
    schema: { type: "string" },
  });
  operation.parameters = parameters;
  const server = obj((doc.servers as unknown[])[0]);
  server.url = String(server.url).replace("https://", "https://edge.");
  const session = obj(obj(obj(doc.components).schemas)[probe.session]);
  obj(session.properties).probe_field = { type: "string", description: "A property the service just added." };
  if (id === "monocloud") obj(obj(obj(doc.components).securitySchemes).apiKey).name = "X-Api-Token";
  await writeFile(file, stringify(doc));
}

/** A program in the package's src: type-checked with the package (tsc), then run (tsx). */
function probeSource(id: string, probe: Probe): string {
  const type = `${{ auth0: "Auth0", monocloud: "MonoCloud", "ory-kratos": "OryKratos", zitadel: "Zitadel", "huawei-identitycenter": "HuaweiIdentityCenter" }[id]}Session`;
  const create = probe.program.match(/create\w+Client/)?.[0] ?? "";
  return `import { ${create}, listSessions, type ${type} } from "./index.js";

const seen: { url: string; headers: Record<string, string> }[] = [];
const fetch = async (input: Request | URL | string, init?: RequestInit) => {
  const request = new Request(input, init);
  seen.push({ url: request.url, headers: Object.fromEntries(request.headers) });
  return new Response(${JSON.stringify(JSON.stringify(probe.reply.body))}, {
    status: 200,
    headers: { "content-type": "application/json", ...${JSON.stringify(probe.reply.headers ?? {})} },
  });
};
// The new session property is in the session type.
export const probeField: (session: ${type}) => string | undefined = (session) => session.probe_field;
${probe.program}
console.log(JSON.stringify(seen));
`;
}

type Seen = { url: string; headers: Record<string, string> }[];
/** Per provider: the requests its probe program sent, or why the program failed. */
const ran: Record<string, Seen | Error> = {};

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), "idp-sessions-spec-change-"));
  await cp(root, copy, { recursive: true, filter: (src) => !/[/\\](node_modules|\.turbo|\.git)$/.test(src) });
  await sh("pnpm", ["install", "--prefer-offline", "--frozen-lockfile", "--ignore-scripts", "--reporter=silent"]);
  for (const [id, probe] of Object.entries(PROBES)) {
    await editSpec(id, probe);
    await writeFile(join(copy, "packages", id, "src", "spec-probe.ts"), probeSource(id, probe));
  }
  await sh(process.execPath, [tsx, "scripts/generate.ts"]);
  for (const id of Object.keys(PROBES)) {
    ran[id] = await sh(process.execPath, [tsx, join(copy, "packages", id, "src", "spec-probe.ts")]).then(
      ({ stdout }) => JSON.parse(stdout.trim().split("\n").pop() ?? "[]") as Seen,
      (error: Error & { stderr?: string }) => new Error(`the probe program failed: ${error.stderr ?? error.message}`),
    );
  }
}, 400_000);

afterAll(() => (copy ? rm(copy, { recursive: true, force: true }) : undefined));

describe.each(Object.keys(PROBES))("%s, after a spec edit and pnpm generate, with no hand edit", (id) => {
  it("type-checks a caller passing the new query parameter and reading the new session property", async () => {
    const result = await sh(process.execPath, [
      join(copy, "node_modules/typescript/bin/tsc"),
      "--noEmit",
      "-p",
      join(copy, "packages", id),
    ]).then(
      () => "",
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result).toBe("");
  });

  it("sends the new query parameter, to the new host", () => {
    const seen = ran[id];
    if (seen instanceof Error) throw seen;
    const [request] = seen ?? [];
    expect(request).toBeDefined();
    const url = new URL(request?.url ?? "http://missing.invalid");
    expect(url.searchParams.get("x_probe")).toBe("probe-value");
    expect(url.hostname.startsWith("edge.")).toBe(true);
  });
});

describe("monocloud, after its API-key header is renamed in the spec", () => {
  it("sends the key under the new name and not the old", () => {
    const seen = ran.monocloud;
    if (seen instanceof Error) throw seen;
    const [request] = seen ?? [];
    expect(request?.headers["x-api-token"]).toBe("k");
    expect(request?.headers["x-api-key"]).toBeUndefined();
  });
});
