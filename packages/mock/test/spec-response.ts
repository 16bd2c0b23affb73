import { at, compileAt, createSpecAjv, loadSpec, type ProviderId, violations } from "@idp-sessions/specs/validator";
import { expect } from "vitest";

/**
 * Checks a mock's answer against its spec, operation by operation: the status is documented, the content
 * type is the declared one (or there is no body where none is declared), the body fits the schema, and
 * every required header is there. Returns the parsed body (undefined when there is none).
 */
type Json = Record<string, unknown>;
const escapePointer = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");
const specs = new Map<ProviderId, { doc: Json; spec: ReturnType<typeof createSpecAjv> }>();

function specOf(provider: ProviderId) {
  let entry = specs.get(provider);
  if (!entry) {
    const doc = loadSpec(provider);
    entry = { doc, spec: createSpecAjv(provider, doc) };
    specs.set(provider, entry);
  }
  return entry;
}

/** The pointer of an operation's response for a status, `$ref`s followed. */
function responsePointer(doc: Json, operationId: string, status: number): string {
  for (const [path, item] of Object.entries(doc.paths as Json)) {
    for (const [method, operation] of Object.entries(item as Json)) {
      if ((operation as Json).operationId !== operationId) continue;
      let pointer = `#/paths/${escapePointer(path)}/${method}/responses/${status}`;
      expect(at(doc, pointer), `${operationId} documents ${status}`).toBeDefined();
      for (let ref = (at(doc, pointer) as Json).$ref; typeof ref === "string"; ref = (at(doc, pointer) as Json).$ref)
        pointer = ref;
      return pointer;
    }
  }
  throw new Error(`no operation ${operationId}`);
}

export async function specResponse(provider: ProviderId, operationId: string, response: Response): Promise<unknown> {
  const { doc, spec } = specOf(provider);
  const pointer = responsePointer(doc, operationId, response.status);
  const declared = (at(doc, pointer) as Json).headers as Json | undefined;
  for (const [name, header] of Object.entries(declared ?? {})) {
    if ((header as Json).required) expect(response.headers.has(name), `header ${name}`).toBe(true);
  }
  const text = await response.text();
  const content = at(doc, `${pointer}/content`) as Json | undefined;
  if (!content) {
    expect(text, `${operationId} ${response.status} has no body`).toBe("");
    return undefined;
  }
  const type = response.headers.get("content-type")?.split(";")[0] ?? "";
  expect(Object.keys(content), `${operationId} ${response.status} content type`).toContain(type);
  const body: unknown = JSON.parse(text);
  const validate = compileAt(spec, `${pointer}/content/${escapePointer(type)}/schema`);
  expect(validate(body) ? [] : violations(validate.errors), `${operationId} ${response.status} body`).toEqual([]);
  return body;
}
