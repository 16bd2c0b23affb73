import { tooDeep } from "./depth.js";
import type { JsonSchema } from "./openapi-document.js";
import { escapePointer } from "./pointer.js";
import { Redactor } from "./redactor.js";
import { chooseOperation } from "./select-operation.js";
import { type ContractProvider, isContractProvider, SPECS } from "./specs.js";
import { type ResponseCheckOptions, responseFor } from "./validate-response.js";

/** A field the response carries that the spec does not describe: the spec may need an update. */
export interface Drift {
  /** JSON pointer of the field in the body. */
  pointer: string;
  /** The pointer with array indexes replaced by `*`, to group the same field across items. */
  path: string;
}

function resolve(provider: ContractProvider, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let i = 0; i < 10 && typeof current.$ref === "string"; i++) {
    const name = current.$ref.split("/").pop() ?? "";
    current = SPECS[provider].components?.schemas?.[name] ?? {};
  }
  return current;
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value === "number" && Number.isInteger(value) ? "integer" : typeof value;
}

function typeMatches(schema: JsonSchema, value: unknown): boolean {
  const types = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
  const actual = jsonType(value);
  return types.length === 0 || types.includes(actual) || (actual === "integer" && types.includes("number"));
}

/** The branch of a oneOf/anyOf that fits the value best: right type, and its required properties present. */
function branchFor(provider: ContractProvider, branches: JsonSchema[], value: unknown): JsonSchema | undefined {
  const resolved = branches.map((b) => resolve(provider, b));
  const fits = resolved.filter((b) => typeMatches(b, value));
  const complete = fits.find((b) =>
    ((b.required as string[] | undefined) ?? []).every(
      (k) => value !== null && typeof value === "object" && k in value,
    ),
  );
  return complete ?? fits[0];
}

function walk(
  provider: ContractProvider,
  schema: JsonSchema,
  value: unknown,
  pointer: string,
  path: string,
  out: Drift[],
): void {
  const s = resolve(provider, schema);
  const branches = (s.oneOf ?? s.anyOf) as JsonSchema[] | undefined;
  if (branches) {
    const branch = branchFor(provider, branches, value);
    if (branch) walk(provider, branch, value, pointer, path, out);
    return;
  }
  if (Array.isArray(value) && s.items) {
    for (const [i, item] of value.entries())
      walk(provider, s.items as JsonSchema, item, `${pointer}/${i}`, `${path}/*`, out);
    return;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return;
  const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
  const additional = s.additionalProperties;
  // An object without declared properties (free-form, e.g. Kratos traits) cannot drift.
  if (!s.properties && additional === undefined) return;
  for (const [key, child] of Object.entries(value)) {
    const at = `${pointer}/${escapePointer(key)}`;
    const childPath = `${path}/${escapePointer(key)}`;
    if (Object.hasOwn(properties, key)) walk(provider, properties[key] ?? {}, child, at, childPath, out);
    else if (additional && typeof additional === "object")
      walk(provider, additional as JsonSchema, child, at, `${path}/*`, out);
    else if (additional !== true) out.push({ pointer: at, path: childPath });
  }
}

/**
 * Fields in a response body that the spec does not describe (they validate, but the spec lags behind).
 * The operation is chosen as validateResponse chooses it. Never throws: for an unknown provider or
 * operation, or a body nested deeper than MAX_DEPTH (validateResponse reports them) there is no drift to tell.
 */
export function findDrift<P extends ContractProvider>(
  provider: P,
  response: { status: number; body: unknown },
  options: ResponseCheckOptions<P> = {},
): Drift[] {
  if (typeof provider !== "string" || !isContractProvider(provider)) return [];
  try {
    const r = new Redactor(options.secrets);
    const chosen = chooseOperation(r, provider, options);
    if (!("found" in chosen)) return [];
    const found = responseFor(provider, chosen.found, response.status);
    const content = found?.response.content ?? {};
    const schema = Object.values(content)[0]?.schema;
    if (!schema || tooDeep(response.body) !== undefined) return [];
    const out: Drift[] = [];
    walk(provider, schema, response.body, "", "", out);
    // Drift quotes property names, which are the server's to choose: redacted and bounded like the rest.
    return out.map((d) => ({ pointer: r.text(d.pointer), path: r.text(d.path) }));
  } catch {
    return [];
  }
}
