import { errors, operationExtras, security, servers } from "./descriptors.ts";

/**
 * The operations.gen.ts renderer of `pnpm generate` (scripts/generate.ts): from a parsed spec, every
 * operation's parameters and their constraints as plain `as const` data.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The value a local `$ref` (`#/components/...`) points at; the specs have no others. */
function target(doc: JsonObject, ref: string): Json | undefined {
  let value: Json | undefined = doc;
  for (const part of ref.replace(/^#\//, "").split("/")) value = isObject(value) ? value[part] : undefined;
  return value;
}

/** Follows a local `$ref` to the object it names. */
function deref(doc: JsonObject, value: Json | undefined): JsonObject {
  if (!isObject(value)) return {};
  return typeof value.$ref === "string" ? deref(doc, target(doc, value.$ref)) : value;
}

/** The schema keywords a client can check before sending, in this order. */
const CONSTRAINTS = ["type", "format", "minimum", "maximum", "minLength", "maxLength", "pattern", "enum"] as const;
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

const literal = (value: Json): string =>
  Array.isArray(value) ? `[${value.map(literal).join(", ")}]` : JSON.stringify(value);

function entry(where: string, name: string, required: boolean, schema: JsonObject): string {
  const fields: [string, Json][] = [
    ["in", where],
    ["name", name],
    ["required", required],
  ];
  for (const keyword of CONSTRAINTS) if (schema[keyword] !== undefined) fields.push([keyword, schema[keyword]]);
  return `${key(name)}: { ${fields.map(([k, v]) => `${k}: ${literal(v)}`).join(", ")} },`;
}

/** The scalar fields of a JSON body by dotted path (`query.limit`); arrays and unions are left out. */
function bodyEntries(doc: JsonObject, schema: JsonObject, prefix = ""): string[] {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required : [];
  return Object.entries(properties).flatMap(([name, value]) => {
    const field = deref(doc, value);
    const path = `${prefix}${name}`;
    if (field.type === "object") return bodyEntries(doc, field, `${path}.`);
    if (typeof field.type !== "string" || field.type === "array") return [];
    return [entry("body", path, required.includes(name), field)];
  });
}

/** What a request body schema may hold: the keywords checkRequestBody (core) checks, then annotations. */
const BODY_CHECKED = [
  "type",
  "format",
  "enum",
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "required",
  "maxProperties",
] as const;
const BODY_NESTED = ["properties", "items", "oneOf"] as const;
const ANNOTATIONS = new Set(["description", "title", "example", "examples", "default", "deprecated", "$comment"]);

/**
 * A request body schema with its `$ref`s inlined and its annotations left out. A keyword the checker does
 * not know (allOf, additionalProperties, ...) fails the generation rather than being silently unchecked.
 */
function bodySchema(doc: JsonObject, value: Json | undefined, refs: readonly string[] = []): JsonObject {
  if (isObject(value) && typeof value.$ref === "string") {
    if (refs.includes(value.$ref)) throw new Error(`request body schema: ${value.$ref} refers to itself`);
    return bodySchema(doc, target(doc, value.$ref), [...refs, value.$ref]);
  }
  const schema = isObject(value) ? value : {};
  const known = new Set<string>([...BODY_CHECKED, ...BODY_NESTED]);
  const unknown = Object.keys(schema).find((k) => !known.has(k) && !ANNOTATIONS.has(k));
  if (unknown) throw new Error(`request body schema: "${unknown}" is not checked by checkRequestBody`);
  const out: JsonObject = {};
  for (const keyword of BODY_CHECKED) if (schema[keyword] !== undefined) out[keyword] = schema[keyword];
  const { properties, items, oneOf } = schema;
  if (isObject(properties)) {
    out.properties = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, bodySchema(doc, v, refs)]));
  }
  if (items !== undefined) out.items = bodySchema(doc, items, refs);
  if (Array.isArray(oneOf)) out.oneOf = oneOf.map((v) => bodySchema(doc, v, refs));
  return out;
}

/**
 * Members written as comments: the runtime expression each location was resolved from, and why a retry is
 * (not) safe. No client reads them, and as properties every listing program would carry them.
 */
const COMMENTS: ReadonlySet<string> = new Set(["expression", "why"]);

/** A JSON value as a TypeScript literal, one member per line from `indent` on. */
function literalBlock(value: Json, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.some((v) => typeof v === "object" && v !== null)) return literal(value);
    return `[\n${value.map((v) => `${inner}${literalBlock(v, inner)},`).join("\n")}\n${indent}]`;
  }
  if (!isObject(value)) return literal(value);
  const members = Object.entries(value).map(([k, v]) =>
    // Documentation only: a comment, so that it is read in the generated file but never bundled.
    COMMENTS.has(k) && typeof v === "string"
      ? `${inner}// ${k}: ${JSON.stringify(v)}`
      : `${inner}${key(k)}: ${literalBlock(v, inner)},`,
  );
  return members.length === 0 ? "{}" : `{\n${members.join("\n")}\n${indent}}`;
}

function operationEntry(doc: JsonObject, path: string, method: string, pathItem: JsonObject): string[] {
  const operation = deref(doc, pathItem[method]);
  const params = new Map<string, JsonObject>();
  // Path-level parameters first: an operation's own parameter of the same `in` and name replaces one.
  for (const list of [pathItem.parameters, operation.parameters]) {
    for (const p of Array.isArray(list) ? list.map((v) => deref(doc, v)) : []) params.set(`${p.in}:${p.name}`, p);
  }
  const names = [...params.values()].map((p) => String(p.name));
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw new Error(`${String(operation.operationId)}: two parameters named "${duplicate}"`);
  const lines = [...params.values()].map((p) =>
    entry(String(p.in), String(p.name), p.required === true, deref(doc, p.schema)),
  );
  const content = deref(doc, operation.requestBody).content;
  const json = isObject(content) ? deref(doc, content["application/json"]) : {};
  const body = bodyEntries(doc, deref(doc, json.schema));
  const requestBody =
    json.schema === undefined
      ? []
      : [
          "  // The JSON request body's schema, $refs inlined: what checkRequestBody (core) checks before sending.",
          ...`  requestBody: ${literalBlock(bodySchema(doc, json.schema), "  ")},`.split("\n"),
        ];
  const indent = (list: string[], by: string) => list.map((line) => `${by}${line}`);
  const extras = Object.entries(operationExtras(doc, operation)).flatMap(([k, v]) =>
    `  ${k}: ${literalBlock(v, "  ")},`.split("\n"),
  );
  return [
    `${key(String(operation.operationId))}: {`,
    `  operationId: ${JSON.stringify(String(operation.operationId))},`,
    `  method: ${JSON.stringify(method.toUpperCase())},`,
    `  path: ${JSON.stringify(path)},`,
    ...(lines.length > 0 ? ["  parameters: {", ...indent(lines, "    "), "  },"] : ["  parameters: {},"]),
    ...(body.length > 0 ? ["  body: {", ...indent(body, "    "), "  },"] : []),
    ...requestBody,
    ...extras,
    "},",
  ];
}

/**
 * Each operation's parameters as data: `in`, name, required, and the schema constraints a client checks
 * before sending (page-size bounds, path-parameter formats), so that none is typed by hand.
 */
export function renderOperations(doc: JsonObject, header: string): string {
  const paths = isObject(doc.paths) ? doc.paths : {};
  const ids: string[] = [];
  const blocks = Object.entries(paths).flatMap(([path, item]) => {
    const pathItem = deref(doc, item);
    return METHODS.filter((m) => isObject(pathItem[m])).map((m) => {
      const id = String(deref(doc, pathItem[m]).operationId);
      if (!/^[A-Za-z_$][\w$]*$/.test(id)) throw new Error(`operationId "${id}" is not an identifier`);
      ids.push(id);
      // One export per operation, so that a program bundles only the operations it calls.
      const lines = operationEntry(doc, path, m, pathItem);
      return [`export const ${id} = {`, ...lines.slice(1, -1), "} as const;"].join("\n");
    });
  });
  return `${header}
/*
 * Per operation (by operationId, one export each): its operationId (errors name it), method, path, and each parameter's \`in\`, name,
 * required and schema constraints (type, format, minimum, maximum, minLength, maxLength, pattern, enum) as
 * the spec states them. Scalar fields of a JSON request body are under \`body\`, by dotted path. From
 * x-idp-sessions (specs/EXTENSION.md): the role, the option name of each path parameter, the query
 * parameters callers pass through (every one that is not a pagination parameter), whether a retry is safe
 * (and, in a comment, why), the pagination bindings and where the sessions and their ids are, each runtime
 * expression resolved to where it points (the expression itself in a comment).
 */

${blocks.join("\n\n")}

/** Every operation, by operationId. */
export const OPERATIONS = { ${ids.join(", ")} } as const;

/** The spec's servers: each URL template, and the client option that fills each of its variables. */
export const SERVERS = ${literalBlock(servers(doc), "")} as const;

/** The spec's security: any one of \`schemes\` authenticates a request; \`optional\` when none may. */
export const SECURITY = ${literalBlock(security(doc), "")} as const;

/** Where an error body's code, message, reason and request id are (x-idp-sessions.errors): first match wins. */
export const ERRORS = ${literalBlock(errors(doc), "")} as const;
`;
}
