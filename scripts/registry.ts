/**
 * The provider registry of `pnpm generate`: from every spec (servers, security, path parameters and
 * `x-idp-sessions`), the one list of providers that the live contract check, the CLI and normalize share,
 * so that a sixth provider is a spec, a package and a mapper, and no hand-kept list anywhere else.
 *
 *   packages/contract/src/generated/providers.gen.ts   specs, settings (option, variable, flag), listings
 *   packages/normalize/src/generated/providers.gen.ts  raw session types and mappers
 *   packages/signout/src/generated/providers.gen.ts    revoking functions
 */
import { type RegistryEntry, registryEntry } from "./descriptors.ts";
import type { JsonObject } from "./operations.ts";
import { sessionSchemas } from "./session-schemas.ts";

export interface RegistryInput {
  id: string;
  doc: JsonObject;
}

const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const key = (id: string) => (/^[A-Za-z_$][\w$]*$/.test(id) ? id : JSON.stringify(id));
const json = (value: unknown) => JSON.stringify(value).replace(/","/g, '", "').replace(/":"/g, '": "');

function settingLiteral(entry: RegistryEntry): string[] {
  const one = (s: RegistryEntry["address"]) =>
    `{ option: "${s.option}", variable: "${s.variable}", flag: "${s.flag}"${s.secret ? ", secret: true" : ""} }`;
  return [
    `    address: ${one(entry.address)},`,
    `    baseUrl: ${one(entry.baseUrl)},`,
    `    credentials: [${entry.credentials.map(one).join(", ")}],`,
    `    required: ${json(entry.required)},`,
    `    params: [${entry.params.map(one).join(", ")}],`,
    `    user: "${entry.user}",`,
  ];
}

/** A client's options and the user's parameters, as expressions over `values` (setting values by option name). */
function fromValues(entry: RegistryEntry): { clientOptions: string; params: string } {
  return {
    clientOptions: [entry.address, entry.baseUrl, ...entry.credentials]
      .map((s) => `${s.option}: values.${s.option}`)
      .join(", "),
    params: entry.params.map((s) => `${s.option}: values.${s.option} ?? ""`).join(", "),
  };
}

/** The contract package's registry: each provider's spec, settings and listing function. */
export function renderContractRegistry(header: string, inputs: readonly RegistryInput[]): string {
  const entries = inputs.map(({ id, doc }) => ({ id, entry: registryEntry(doc) }));
  const imports = entries.flatMap(({ id, entry }) => [
    `import { create${entry.name}Client, listSessions as list${entry.name}, type operations as ${entry.name}Operations } from "@idp-sessions/${id}";`,
  ]);
  const specImports = entries.map(({ id }) => `import { spec as ${camel(id)}Spec } from "./${id}.spec.gen.js";`);
  const body = entries.flatMap(({ id, entry }) => {
    const { clientOptions, params } = fromValues(entry);
    return [
      `  ${key(id)}: {`,
      `    spec: ${camel(id)}Spec,`,
      ...settingLiteral(entry),
      "    list: (values: SettingValues, fetch: FetchFn, options?: ListOptions) =>",
      `      list${entry.name}(create${entry.name}Client({ ${clientOptions}, fetch }), { ${params} }, options),`,
      "  },",
    ];
  });
  return `${header}${[...imports, 'import type { FetchFn, ListOptions } from "@idp-sessions/core";'].sort().join("\n")}
import type { ProviderEntry, SettingValues } from "../provider-entry.js";
${specImports.join("\n")}

/**
 * Every provider, in the order of scripts/providers.ts: its spec, its settings under their three names
 * (client option, environment variable, CLI flag; from the spec's servers, security, path parameters and
 * x-idp-sessions.environment), and its listing through its own package.
 */
export const PROVIDERS = {
${body.join("\n")}
} as const satisfies Record<string, ProviderEntry>;

/** Each provider's operationIds: the keys of the \`operations\` type its package generates from its spec. */
export interface OperationIds {
${entries.map(({ id, entry }) => `  ${key(id)}: keyof ${entry.name}Operations;`).join("\n")}
}
`;
}

/** normalize's registry: each provider's raw session types and its mapper (src/providers/<id>.ts). */
export function renderNormalizeRegistry(header: string, inputs: readonly RegistryInput[]): string {
  const entries = inputs.map(({ id, doc }) => ({ id, name: registryEntry(doc).name, schemas: sessionSchemas(doc) }));
  const types = entries
    .map(({ id, name }) => `import type { components as ${name}Components } from "@idp-sessions/${id}";`)
    .sort();
  const mappers = entries.map(({ id, name }) => `import { normalize${name}Session } from "../providers/${id}.js";`);
  const raw = ({ name, schemas }: (typeof entries)[number]) =>
    schemas.map((schema) => `${name}Components["schemas"][${JSON.stringify(schema)}]`).join(" | ");
  return `${header}${types.join("\n")}
${mappers.join("\n")}

/**
 * Each provider's session as its package types it: every schema the spec's operations answer a session
 * in (the listing's items, the get's session), so that a session from getSession normalizes too.
 */
export interface RawSessions {
${entries.map((entry) => `  ${key(entry.id)}: ${raw(entry)};`).join("\n")}
}

/** Each provider's mapper: \`normalize<Name>Session\` in src/providers/<id>.ts, the one file written by hand. */
export const MAPPERS = {
${entries.map(({ id, name }) => `  ${key(id)}: normalize${name}Session,`).join("\n")}
} as const;
`;
}

const METHODS = ["get", "put", "post", "delete", "patch"] as const;

/** The mock servers' routes: each spec's first server path (`/api/v2`) and every operation's method and path. */
export function renderMockRoutes(header: string, inputs: readonly RegistryInput[]): string {
  const body = inputs.flatMap(({ id, doc }) => {
    const servers = Array.isArray(doc.servers) ? doc.servers : [];
    const first = servers[0];
    const url = first !== null && typeof first === "object" && !Array.isArray(first) ? String(first.url ?? "") : "";
    const basePath = url.replace(/^[a-z]+:\/\/[^/]*/i, "").replace(/\/$/, "");
    const paths = doc.paths !== null && typeof doc.paths === "object" && !Array.isArray(doc.paths) ? doc.paths : {};
    const operations = Object.entries(paths).flatMap(([path, item]) =>
      METHODS.flatMap((method) => {
        const op = item !== null && typeof item === "object" && !Array.isArray(item) ? item[method] : undefined;
        const operationId =
          op !== null && typeof op === "object" && !Array.isArray(op) ? String(op.operationId ?? "") : undefined;
        return operationId === undefined
          ? []
          : [`      ${operationId}: { method: "${method.toUpperCase()}", path: "${path}" },`];
      }),
    );
    return [`  ${key(id)}: {`, `    basePath: "${basePath}",`, "    operations: {", ...operations, "    },", "  },"];
  });
  return `${header}
/** Each provider's routes, from its spec: the first server's path prefix and every operation's method and path. */
export const ROUTES = {
${body.join("\n")}
} as const;
`;
}

/** True when the spec has an operation whose x-idp-sessions role is `revoke`. */
function revokes(doc: JsonObject): boolean {
  const paths = doc.paths !== null && typeof doc.paths === "object" && !Array.isArray(doc.paths) ? doc.paths : {};
  return Object.values(paths).some((item) =>
    METHODS.some((method) => {
      const op = item !== null && typeof item === "object" && !Array.isArray(item) ? item[method] : undefined;
      const ext = op !== null && typeof op === "object" && !Array.isArray(op) ? op["x-idp-sessions"] : undefined;
      return ext !== null && typeof ext === "object" && !Array.isArray(ext) && ext.role === "revoke";
    }),
  );
}

/**
 * The signout package's registry: each provider's revoking functions, from its own package, and its
 * identity built from setting values (as the CLI resolves them), the client made as the listing's is.
 */
export function renderSignoutRegistry(header: string, inputs: readonly RegistryInput[]): string {
  // Only providers whose spec has a revoking operation: a new provider's package gains its revoke functions
  // when its spec gains the operations (x-idp-sessions role revoke), and joins the registry then.
  const entries = inputs.filter(({ doc }) => revokes(doc)).map(({ id, doc }) => ({ id, entry: registryEntry(doc) }));
  const imports = entries
    .map(
      ({ id, entry: { name } }) =>
        `import { create${name}Client, revokeSession as revokeSession${name}, revokeUserSessions as revokeUserSessions${name} } from "@idp-sessions/${id}";`,
    )
    .sort();
  const revokers = entries.map(
    ({ id, entry: { name } }) =>
      `  ${key(id)}: { revokeUserSessions: revokeUserSessions${name}, revokeSession: revokeSession${name} },`,
  );
  const identities = entries.flatMap(({ id, entry }) => {
    const { clientOptions, params } = fromValues(entry);
    return [
      `  ${key(id)}: (values: SettingValues, fetch?: FetchFn) => ({`,
      `    provider: "${id}" as const,`,
      `    client: create${entry.name}Client({ ${clientOptions}, fetch }),`,
      `    user: { ${params} },`,
      "  }),",
    ];
  });
  return `${header}${[...imports, 'import type { FetchFn } from "@idp-sessions/core";'].sort().join("\n")}

/** Setting values by client option name (\`domain\`, \`token\`, \`userId\`), as the CLI resolves them. */
export type SettingValues = Readonly<Record<string, string | undefined>>;

/** Every provider's revokeUserSessions and revokeSession, in the order of scripts/providers.ts. */
export const REVOKERS = {
${revokers.join("\n")}
} as const;

/** Every provider's identity from setting values: its client (with \`fetch\` when given) and its user. */
export const IDENTITIES = {
${identities.join("\n")}
} as const;
`;
}
