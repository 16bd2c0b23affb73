import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { JsonSchema } from "./openapi-document.js";
import { type ContractProvider, SPECS } from "./specs.js";

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

interface Compiled {
  ajv: Ajv2020;
  id: string;
  cache: Map<string, ValidateFunction>;
}

const compiled = new Map<ContractProvider, Compiled>();

function instance(provider: ContractProvider): Compiled {
  let entry = compiled.get(provider);
  if (!entry) {
    // strict: false because the schemas sit inside an OpenAPI document, whose other keys Ajv must ignore.
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
    addFormats(ajv);
    const id = `https://idp-sessions.invalid/specs/${provider}.json`;
    ajv.addSchema(SPECS[provider] as unknown as JsonSchema, id);
    entry = { ajv, id, cache: new Map() };
    compiled.set(provider, entry);
  }
  return entry;
}

/** The validator of the schema at `pointer` (`#/components/schemas/Session`), compiled once and cached. */
export function validatorAt(provider: ContractProvider, pointer: string): ValidateFunction {
  const entry = instance(provider);
  let validate = entry.cache.get(pointer);
  if (!validate) {
    validate = entry.ajv.compile({ $ref: `${entry.id}${pointer}` });
    entry.cache.set(pointer, validate);
  }
  return validate;
}

/** Compiles an inline schema (a parameter's) that has no `$ref` to the document. */
export function validatorFor(provider: ContractProvider, schema: JsonSchema): ValidateFunction {
  const entry = instance(provider);
  const key = JSON.stringify(schema);
  let validate = entry.cache.get(key);
  if (!validate) {
    validate = entry.ajv.compile({ $id: `${entry.id}#inline-${entry.cache.size}`, ...rebase(schema, entry.id) });
    entry.cache.set(key, validate);
  }
  return validate;
}

/** Makes `#/components/...` references inside an inline schema point at the spec document. */
function rebase(schema: JsonSchema, id: string): JsonSchema {
  return JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#\//g, `"$ref":"${id}#/`)) as JsonSchema;
}
