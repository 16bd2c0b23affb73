/**
 * The descriptors of operations.gen.ts that come from `x-idp-sessions` (specs/EXTENSION.md) and from the
 * spec's servers and security: plain data, every runtime expression already resolved to where it points
 * (`{ in: "query", name: "from" }`, `{ in: "body", path: ["next"] }`), so that core reads no expressions.
 */
import { EXTENSION, isObject, resolve } from "./extension.ts";
import type { Json, JsonObject } from "./operations.ts";

/** Where a runtime expression points, as data. */
export function locate(expression: string): JsonObject {
  const segments = (pointer: string | undefined) =>
    pointer
      ? pointer
          .slice(1)
          .split("/")
          .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
      : [];
  const query = /^\$request\.query\.(.+)$/.exec(expression);
  if (query) return { in: "query", name: query[1] ?? "" };
  const requestBody = /^\$request\.body#(.*)$/.exec(expression);
  if (requestBody) return { in: "body", path: segments(requestBody[1]) };
  const body = /^\$response\.body(?:#(.*))?$/.exec(expression);
  if (body) return { in: "body", path: segments(body[1]) };
  const header = /^\$response\.header\.([^#]+)(?:#(.*))?$/.exec(expression);
  if (header) {
    const name = (header[1] ?? "").toLowerCase();
    return header[2] === undefined ? { in: "header", name } : { in: "header", name, path: segments(header[2]) };
  }
  throw new Error(`${expression}: not a runtime expression x-idp-sessions understands`);
}

const located = (value: Json | undefined): Json | undefined =>
  typeof value === "string" ? { expression: value, ...locate(value) } : undefined;

/** `SERVERS`: each URL template with the client option that fills each of its variables. */
export function servers(doc: JsonObject): Json {
  const list = Array.isArray(doc.servers) ? doc.servers : [];
  return list.map((server) => {
    const s = isObject(server) ? server : {};
    const variables = isObject(s.variables) ? s.variables : {};
    const options: JsonObject = {};
    for (const [name, variable] of Object.entries(variables)) {
      const ext = isObject(variable) ? variable[EXTENSION] : undefined;
      options[name] = isObject(ext) ? (ext.option ?? null) : null;
    }
    return { url: s.url ?? "", variables: options };
  });
}

/** `SECURITY`: the schemes a request may use (any one), and whether the spec allows none at all. */
export function security(doc: JsonObject): Json {
  const requirements = Array.isArray(doc.security) ? doc.security : [];
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const names = [...new Set(requirements.flatMap((r) => (isObject(r) ? Object.keys(r) : [])))];
  return {
    optional: requirements.some((r) => isObject(r) && Object.keys(r).length === 0),
    schemes: names.map((name): JsonObject => {
      const scheme = resolve(doc, schemes[name]);
      const ext = scheme[EXTENSION];
      if (isObject(ext) && typeof ext.handwritten === "string") return { name, handwritten: ext.handwritten };
      if (scheme.type === "http") return { name, type: "http", scheme: String(scheme.scheme ?? "").toLowerCase() };
      if (scheme.type === "apiKey")
        return { name, type: "apiKey", in: scheme.in ?? "header", header: scheme.name ?? "" };
      throw new Error(`security scheme ${name}: type ${String(scheme.type)} needs x-idp-sessions.handwritten`);
    }),
  };
}

/** `ERRORS`: where the code, message, reason and request id of an error body are, first match wins. */
export function errors(doc: JsonObject): Json {
  const ext = doc[EXTENSION];
  const e = isObject(ext) && isObject(ext.errors) ? ext.errors : {};
  const out: JsonObject = {};
  for (const field of ["code", "message", "reason", "requestId"]) {
    if (Array.isArray(e[field])) out[field] = e[field].map((x) => located(x) ?? null);
  }
  out.handwritten = Array.isArray(e.handwritten) ? e.handwritten : [];
  return out;
}

/** The extension's part of one operation's descriptor, and the parameters callers pass through. */
export function operationExtras(doc: JsonObject, operation: JsonObject): JsonObject {
  const ext = isObject(operation[EXTENSION]) ? operation[EXTENSION] : {};
  const pagination = isObject(ext.pagination) ? ext.pagination : {};
  const paging: JsonObject = { style: pagination.style ?? "none" };
  for (const key of ["cursor", "next", "page", "hasMore", "offset", "pageSize", "total"]) {
    const value = located(pagination[key]);
    if (value !== undefined) paging[key] = value;
  }
  const unused = Array.isArray(pagination.unused) ? pagination.unused.map((u) => locate(String(u))) : [];
  const pagingQuery = new Set(
    [...Object.values(paging), ...unused]
      .filter((v): v is JsonObject => isObject(v) && v.in === "query")
      .map((v) => String(v.name)),
  );
  const params = Array.isArray(operation.parameters) ? operation.parameters.map((p) => resolve(doc, p)) : [];
  const options: JsonObject = {};
  for (const p of params.filter((p) => p.in === "path")) {
    const pe = p[EXTENSION];
    options[String(p.name)] = isObject(pe) && typeof pe.option === "string" ? pe.option : String(p.name);
  }
  const passThrough = params
    .filter((p) => p.in === "query" && !pagingQuery.has(String(p.name)))
    .map((p) => p.name ?? "");
  const out: JsonObject = {
    pathOptions: options,
    passThrough,
    retry: ext.retry ?? { safe: false, why: "not stated" },
    pagination: paging,
  };
  if (unused.length > 0) out.unusedPaging = unused.map((u) => u.name ?? "");
  if (typeof ext.role === "string") out.role = ext.role;
  if (typeof ext.items === "string") out.items = located(ext.items) ?? null;
  if (typeof ext.session === "string") out.session = located(ext.session) ?? null;
  if (typeof ext.id === "string") out.id = ext.id.slice(1).split("/");
  if (Array.isArray(ext.handwritten)) out.handwritten = ext.handwritten;
  return out;
}

/** One of a provider's settings under its three names: client option, environment variable, CLI flag. */
export interface Setting {
  option: string;
  variable: string;
  flag: string;
  secret?: boolean;
}

export interface RegistryEntry {
  /** The stem of the package's exported names (`createAuth0Client`, `Auth0Session`). */
  name: string;
  address: Setting;
  baseUrl: Setting;
  credentials: Setting[];
  /** The credential options without which no request can be sent. */
  required: string[];
  /** The listing's parameters, in order; `user` names whose sessions are listed. */
  params: Setting[];
  user: string;
}

const screaming = (option: string) => option.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
const kebab = (option: string) => option.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();

/**
 * The provider's entry in the registry that the CLI, the live contract check and normalize share: every
 * name follows from the spec (servers, security, path parameters) and `x-idp-sessions.environment`.
 */
export function registryEntry(doc: JsonObject): RegistryEntry {
  const ext = isObject(doc[EXTENSION]) ? doc[EXTENSION] : {};
  const env = isObject(ext.environment) ? ext.environment : {};
  const prefix = String(env.prefix ?? "");
  const names = isObject(env.names) ? env.names : {};
  const setting = (option: string, flag = kebab(option), secret = false): Setting => ({
    option,
    variable: typeof names[option] === "string" ? names[option] : `${prefix}_${screaming(option)}`,
    flag,
    ...(secret ? { secret: true } : {}),
  });
  const serverList = servers(doc) as { variables: Record<string, string | null> }[];
  const addressOption = serverList.flatMap((s) => Object.values(s.variables)).find((o) => typeof o === "string");
  if (!addressOption) throw new Error("no server variable names a client option (x-idp-sessions.option)");
  const sec = security(doc) as { optional: boolean; schemes: JsonObject[] };
  const schemes =
    isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  const optionsOf = (scheme: JsonObject): string[] => {
    if (scheme.type === "http") return ["token"];
    if (scheme.type === "apiKey") return ["apiKey"];
    const own = resolve(doc, schemes[String(scheme.name)])[EXTENSION];
    return isObject(own) && Array.isArray(own.options) ? own.options.map(String) : [];
  };
  const credentialOptions = [...new Set(sec.schemes.flatMap(optionsOf))];
  // Required: the options of the schemes every security requirement names (none when one is `{}`).
  const requirements = (Array.isArray(doc.security) ? doc.security : []).map((r) =>
    isObject(r) ? Object.keys(r) : [],
  );
  const everywhere = sec.schemes.filter((s) => requirements.every((names) => names.includes(String(s.name))));
  // The listing: the operation whose x-idp-sessions says where a page's sessions are (`items`).
  const listings = Object.values(isObject(doc.paths) ? doc.paths : {})
    .map((item) => resolve(doc, item))
    .flatMap((item) => ["get", "post"].map((m) => resolve(doc, item[m])))
    .filter((op) => isObject(op[EXTENSION]) && typeof (op[EXTENSION] as JsonObject).items === "string");
  if (listings.length !== 1)
    throw new Error(`the spec must have one listing operation (with items), has ${listings.length}`);
  const pathOptions = operationExtras(doc, listings[0] ?? {}).pathOptions as JsonObject;
  const params = Array.isArray(env.params) ? env.params.map(String) : Object.values(pathOptions).map(String);
  const user = String(env.user ?? "");
  if (!params.includes(user))
    throw new Error(`x-idp-sessions.environment.user: ${user} is not one of the listing's parameters`);
  return {
    name: String(ext.name ?? ""),
    address: setting(addressOption),
    baseUrl: setting("baseUrl"),
    credentials: credentialOptions.map((o) => setting(o, kebab(o), true)),
    required: [...new Set(everywhere.flatMap(optionsOf))],
    params: params.map((o) => setting(o, o === user ? "user" : kebab(o).replace(/-id$/, ""))),
    user,
  };
}
