/**
 * The lint step for `x-idp-sessions` (specs/EXTENSION.md): every place the extension must be, checked
 * against specs/x-idp-sessions.schema.json with Ajv, then every runtime expression checked against what
 * the spec declares (a query parameter of the operation, a property of the body schema, a header of the
 * response), so that a misspelled field fails `pnpm generate` instead of reading `undefined` at run time.
 */
import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import { registryEntry } from "./descriptors.ts";
import type { Json, JsonObject } from "./operations.ts";

const schema = JSON.parse(
  readFileSync(new URL("../specs/x-idp-sessions.schema.json", import.meta.url), "utf8"),
) as JsonObject;
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(schema);
const validatorOf = (def: string) => {
  const validate = ajv.getSchema(`urn:idp-sessions:x-idp-sessions#/$defs/${def}`);
  if (!validate) throw new Error(`x-idp-sessions.schema.json has no $defs/${def}`);
  return validate;
};

export const EXTENSION = "x-idp-sessions";
const METHODS = ["get", "put", "post", "delete", "patch"] as const;

export const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The value a local `$ref` points at, followed until it is not a `$ref`. */
export function resolve(doc: JsonObject, value: Json | undefined): JsonObject {
  let current = value;
  for (let i = 0; i < 20 && isObject(current) && typeof current.$ref === "string"; i++) {
    let next: Json | undefined = doc;
    for (const part of current.$ref.replace(/^#\//, "").split("/")) {
      next = isObject(next) ? next[part.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
    }
    current = next;
  }
  return isObject(current) ? current : {};
}

/** Whether a JSON pointer names something a schema can hold (through properties, items and unions). */
export function pointerInSchema(doc: JsonObject, schema: Json | undefined, segments: readonly string[]): boolean {
  const node = resolve(doc, schema);
  if (segments.length === 0) return true;
  const [head = "", ...rest] = segments;
  const branches = ["oneOf", "anyOf", "allOf"].flatMap((k) => (Array.isArray(node[k]) ? (node[k] as Json[]) : []));
  if (branches.some((branch) => pointerInSchema(doc, branch, segments))) return true;
  if (isObject(node.properties) && node.properties[head] !== undefined) {
    return pointerInSchema(doc, node.properties[head], rest);
  }
  if (node.items !== undefined && /^(0|[1-9]\d*)$/.test(head)) return pointerInSchema(doc, node.items, rest);
  return false;
}

const segmentsOf = (pointer: string) =>
  pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));

function ajvProblems(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${where}${e.instancePath.replace(/\//g, ".")}: ${e.message ?? e.keyword}`);
}

interface OperationAt {
  where: string;
  operation: JsonObject;
}

function operationsOf(doc: JsonObject): OperationAt[] {
  const paths = isObject(doc.paths) ? doc.paths : {};
  return Object.entries(paths).flatMap(([path, item]) => {
    const pathItem = resolve(doc, item);
    return METHODS.filter((m) => isObject(pathItem[m])).map((m) => ({
      where: `paths.${path}.${m}`,
      operation: resolve(doc, pathItem[m]),
    }));
  });
}

/** The content schemas and headers of the responses whose status matches `statuses`. */
function responses(doc: JsonObject, operation: JsonObject, statuses: (status: string) => boolean) {
  const all = isObject(operation.responses) ? operation.responses : {};
  return Object.entries(all)
    .filter(([status]) => statuses(status))
    .map(([, value]) => {
      const response = resolve(doc, value);
      const content = isObject(response.content) ? response.content : {};
      const schemas = Object.values(content).map((media) => resolve(doc, media).schema);
      const headers = isObject(response.headers) ? response.headers : {};
      return { schemas, headers: new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), resolve(doc, v)])) };
    });
}

/** Where a response expression points, and whether the spec declares it there. */
function checkResponseExpression(
  doc: JsonObject,
  expression: string,
  candidates: ReturnType<typeof responses>,
): string | undefined {
  const body = /^\$response\.body(#.*)?$/.exec(expression);
  if (body) {
    const segments = segmentsOf((body[1] ?? "#").slice(1));
    const found = candidates.some((r) => r.schemas.some((s) => pointerInSchema(doc, s, segments)));
    return found ? undefined : `${expression}: no such property in the response body's schema`;
  }
  const header = /^\$response\.header\.([^#]+)(#.*)?$/.exec(expression);
  if (!header) return `${expression}: not a response expression`;
  const name = (header[1] ?? "").toLowerCase();
  const declared = candidates.map((r) => r.headers.get(name)).find((h) => h !== undefined);
  if (!declared) return `${expression}: the response declares no header ${header[1]}`;
  if (!header[2]) return undefined;
  const content = isObject(declared.content) ? declared.content : {};
  const json = resolve(doc, content["application/json"]).schema;
  if (json === undefined) return `${expression}: header ${header[1]} has no application/json content to point into`;
  return pointerInSchema(doc, json, segmentsOf(header[2].slice(1)))
    ? undefined
    : `${expression}: no such property in header ${header[1]}'s schema`;
}

function checkRequestExpression(doc: JsonObject, operation: JsonObject, expression: string): string | undefined {
  const query = /^\$request\.query\.(.+)$/.exec(expression);
  if (query) {
    const params = Array.isArray(operation.parameters) ? operation.parameters.map((p) => resolve(doc, p)) : [];
    return params.some((p) => p.in === "query" && p.name === query[1])
      ? undefined
      : `${expression}: the operation has no query parameter ${query[1]}`;
  }
  const body = /^\$request\.body#(.*)$/.exec(expression);
  if (!body) return `${expression}: not a request expression`;
  const content = resolve(doc, operation.requestBody).content;
  const json = isObject(content) ? resolve(doc, content["application/json"]).schema : undefined;
  return pointerInSchema(doc, json, segmentsOf(body[1] ?? ""))
    ? undefined
    : `${expression}: no such property in the request body's schema`;
}

function checkOperation(doc: JsonObject, { where, operation }: OperationAt): string[] {
  const ext = operation[EXTENSION];
  const validate = validatorOf("operation");
  if (!validate(ext)) return ajvProblems(`${where}.${EXTENSION}`, validate.errors);
  const { items, pagination, session } = ext as JsonObject;
  const ok = responses(doc, operation, (s) => s === "200");
  const problems: (string | undefined)[] = [];
  if (typeof items === "string") problems.push(checkResponseExpression(doc, items, ok));
  if (typeof session === "string") problems.push(checkResponseExpression(doc, session, ok));
  const p = isObject(pagination) ? pagination : {};
  for (const key of ["cursor", "page", "offset", "pageSize"]) {
    if (typeof p[key] === "string") problems.push(checkRequestExpression(doc, operation, p[key]));
  }
  for (const unused of Array.isArray(p.unused) ? p.unused : []) {
    problems.push(checkRequestExpression(doc, operation, String(unused)));
  }
  for (const key of ["next", "hasMore", "total"]) {
    if (typeof p[key] === "string") problems.push(checkResponseExpression(doc, p[key], ok));
  }
  return problems.filter((x): x is string => x !== undefined).map((m) => `${where}.${EXTENSION}: ${m}`);
}

function checkDocument(doc: JsonObject): string[] {
  const validate = validatorOf("document");
  if (!validate(doc[EXTENSION])) return ajvProblems(EXTENSION, validate.errors);
  const errors = (doc[EXTENSION] as JsonObject).errors as JsonObject;
  const failures = operationsOf(doc).flatMap(({ operation }) => responses(doc, operation, (s) => !s.startsWith("2")));
  return ["code", "message", "reason", "requestId"].flatMap((field) =>
    (Array.isArray(errors[field]) ? errors[field] : []).flatMap((expression) => {
      const problem = checkResponseExpression(doc, String(expression), failures);
      return problem ? [`${EXTENSION}.errors.${field}: ${problem} (of any error response)`] : [];
    }),
  );
}

function checkServers(doc: JsonObject): string[] {
  const servers = Array.isArray(doc.servers) ? doc.servers : [];
  return servers.flatMap((server, i) => {
    const variables = isObject(server) && isObject(server.variables) ? server.variables : {};
    return Object.entries(variables).flatMap(([name, variable]) => {
      const validate = validatorOf("serverVariable");
      const ext = isObject(variable) ? variable[EXTENSION] : undefined;
      return validate(ext) ? [] : ajvProblems(`servers.${i}.variables.${name}.${EXTENSION}`, validate.errors);
    });
  });
}

function checkOptional(doc: JsonObject): string[] {
  const schemes =
    isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  const problems = Object.entries(schemes).flatMap(([name, scheme]) => {
    const ext = isObject(scheme) ? scheme[EXTENSION] : undefined;
    const validate = validatorOf("securityScheme");
    return ext === undefined || validate(ext)
      ? []
      : ajvProblems(`securitySchemes.${name}.${EXTENSION}`, validate.errors);
  });
  for (const { where, operation } of operationsOf(doc)) {
    for (const param of Array.isArray(operation.parameters) ? operation.parameters.map((p) => resolve(doc, p)) : []) {
      const ext = param[EXTENSION];
      const validate = validatorOf("parameter");
      if (ext !== undefined && !validate(ext)) {
        problems.push(...ajvProblems(`${where}.parameters.${String(param.name)}.${EXTENSION}`, validate.errors));
      }
    }
  }
  return problems;
}

/** The registry entry follows from the spec; `environment.names` may rename only options the entry has. */
function checkRegistry(doc: JsonObject): string[] {
  try {
    const entry = registryEntry(doc);
    const options = new Set([entry.address, entry.baseUrl, ...entry.credentials, ...entry.params].map((s) => s.option));
    const env = isObject(doc[EXTENSION]) ? (doc[EXTENSION] as JsonObject).environment : undefined;
    const names = isObject(env) && isObject(env.names) ? Object.keys(env.names) : [];
    return names
      .filter((name) => !options.has(name))
      .map((name) => `${EXTENSION}.environment.names.${name}: no setting of this provider has that option`);
  } catch (error) {
    return [`${EXTENSION}: ${error instanceof Error ? error.message : String(error)}`];
  }
}

/** Every problem with the spec's `x-idp-sessions`, one line each; none when it is complete and consistent. */
export function checkExtension(file: string, doc: JsonObject): string[] {
  const document = checkDocument(doc);
  return [
    ...document,
    ...(document.length === 0 ? checkRegistry(doc) : []),
    ...checkServers(doc),
    ...checkOptional(doc),
    ...operationsOf(doc).flatMap((op) => checkOperation(doc, op)),
  ].map((line) => `${file}: error ${EXTENSION}: ${line}`);
}
