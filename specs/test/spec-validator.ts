/**
 * Compiles a spec's schemas with Ajv (JSON Schema 2020-12, formats on) and lists every example in the
 * spec with the schema it must satisfy. Test support for the spec tests.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export const PROVIDERS = ["huawei-identitycenter", "ory-kratos", "monocloud", "auth0", "zitadel"] as const;
export type ProviderId = (typeof PROVIDERS)[number];

type Json = Record<string, unknown>;

export interface Violation {
  pointer: string;
  message: string;
}

export function specPath(provider: ProviderId): string {
  return fileURLToPath(new URL(`../${provider}.yaml`, import.meta.url));
}

export function loadSpec(provider: ProviderId): Json {
  return parse(readFileSync(specPath(provider), "utf8")) as Json;
}

const escapePointer = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");
const unescapePointer = (segment: string) => segment.replace(/~1/g, "/").replace(/~0/g, "~");

/** The value at a `#/a/b` pointer of the document. */
export function at(doc: Json, pointer: string): unknown {
  return pointer
    .replace(/^#\/?/, "")
    .split("/")
    .filter(Boolean)
    .map(unescapePointer)
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], doc);
}

/** Follows `$ref`s of OpenAPI objects (responses, headers) to the pointer of the object itself. */
function deref(doc: Json, pointer: string): string {
  let current = pointer;
  for (let i = 0; i < 10; i++) {
    const ref = (at(doc, current) as Json | undefined)?.$ref;
    if (typeof ref !== "string") return current;
    current = ref;
  }
  return current;
}

export interface ExampleCase {
  /** Where the example is, e.g. `#/paths/~1users/get/responses/200/content/application~1json/examples/doc/value`. */
  example: string;
  /** The pointer of the schema it must satisfy. */
  schema: string;
}

/** Every example in the spec (media types, parameters, headers) with its schema. */
export function exampleCases(doc: Json): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const media = (contentPointer: string) => {
    const content = (at(doc, contentPointer) as Json | undefined) ?? {};
    for (const type of Object.keys(content)) {
      const base = `${contentPointer}/${escapePointer(type)}`;
      const schema = `${base}/schema`;
      if (at(doc, `${base}/example`) !== undefined) cases.push({ example: `${base}/example`, schema });
      for (const name of Object.keys((at(doc, `${base}/examples`) as Json | undefined) ?? {})) {
        cases.push({ example: `${deref(doc, `${base}/examples/${escapePointer(name)}`)}/value`, schema });
      }
    }
  };
  const withSchema = (pointer: string) => {
    const target = deref(doc, pointer);
    if (at(doc, `${target}/example`) !== undefined)
      cases.push({ example: `${target}/example`, schema: `${target}/schema` });
    if (at(doc, `${target}/content`) !== undefined) media(`${target}/content`);
  };
  for (const [path, item] of Object.entries((doc.paths as Json) ?? {})) {
    for (const method of Object.keys(item as Json)) {
      const op = `#/paths/${escapePointer(path)}/${method}`;
      const parameters = (at(doc, `${op}/parameters`) as unknown[] | undefined) ?? [];
      for (let i = 0; i < parameters.length; i++) withSchema(`${op}/parameters/${i}`);
      if (at(doc, `${op}/requestBody`) !== undefined) media(`${deref(doc, `${op}/requestBody`)}/content`);
      for (const status of Object.keys((at(doc, `${op}/responses`) as Json | undefined) ?? {})) {
        const response = deref(doc, `${op}/responses/${status}`);
        media(`${response}/content`);
        for (const header of Object.keys((at(doc, `${response}/headers`) as Json | undefined) ?? {})) {
          withSchema(`${response}/headers/${escapePointer(header)}`);
        }
      }
    }
  }
  return cases;
}

/** An Ajv instance holding the whole spec, so that `#/components/...` references resolve. */
export function createSpecAjv(provider: ProviderId, doc: Json): { ajv: Ajv2020; id: string } {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv);
  const id = `https://idp-sessions.invalid/specs/${provider}.yaml`;
  ajv.addSchema(doc, id);
  return { ajv, id };
}

export function compileAt(spec: { ajv: Ajv2020; id: string }, pointer: string): ValidateFunction {
  return spec.ajv.compile({ $ref: `${spec.id}${pointer}` });
}

/** Ajv errors as JSON pointers into the instance (a missing property points at where it should be). */
export function violations(errors: readonly ErrorObject[] | null | undefined): Violation[] {
  return (errors ?? []).map((error) => {
    const missing = error.keyword === "required" ? `/${escapePointer(String(error.params.missingProperty))}` : "";
    return { pointer: `${error.instancePath}${missing}`, message: error.message ?? error.keyword };
  });
}
