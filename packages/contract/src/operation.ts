import type { OpenApiDocument, OperationObject, ResponseObject } from "./openapi-document.js";
import { escapePointer } from "./pointer.js";

export interface FoundOperation {
  path: string;
  method: string;
  operation: OperationObject;
  /** JSON pointer of the operation in the document. */
  pointer: string;
  /** Path parameters read from a concrete path (decoded). */
  params: Record<string, string>;
}

/** Finds the operation for `method` and a concrete path (relative to the spec's server URL). */
export function findOperation(doc: OpenApiDocument, method: string, path: string): FoundOperation | undefined {
  const segments = path.split("/");
  for (const [template, item] of Object.entries(doc.paths)) {
    const parts = template.split("/");
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = parts.every((part, i) => {
      const segment = segments[i] ?? "";
      const name = /^\{(.+)\}$/.exec(part)?.[1];
      if (name === undefined) return part === segment;
      try {
        params[name] = decodeURIComponent(segment);
      } catch {
        params[name] = segment;
      }
      return segment.length > 0;
    });
    // Own members only: a request whose method is `constructor` matches no operation.
    const name = method.toLowerCase();
    const operation = Object.hasOwn(item, name) ? item[name] : undefined;
    if (matches && operation) {
      return {
        path: template,
        method: method.toLowerCase(),
        operation,
        params,
        pointer: `#/paths/${escapePointer(template)}/${method.toLowerCase()}`,
      };
    }
  }
  return undefined;
}

/** The only operation of a spec (each of ours has one). */
export function soleOperation(doc: OpenApiDocument): FoundOperation {
  const [path, item] = Object.entries(doc.paths)[0] ?? [];
  const [method, operation] = Object.entries(item ?? {})[0] ?? [];
  if (!path || !method || !operation) throw new Error("the spec has no operation");
  return { path, method, operation, params: {}, pointer: `#/paths/${escapePointer(path)}/${method}` };
}

/** Follows a `$ref` to a component response; returns the object and its pointer. */
export function resolveResponse(
  doc: OpenApiDocument,
  response: ResponseObject,
  pointer: string,
): { response: ResponseObject; pointer: string } {
  if (!response.$ref) return { response, pointer };
  const name = response.$ref.split("/").pop() ?? "";
  const target = doc.components?.responses?.[name];
  return target ? { response: target, pointer: response.$ref } : { response, pointer };
}
