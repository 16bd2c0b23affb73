import type { OpenApiDocument, OperationObject, ResponseObject } from "./openapi-document.js";
import { escapePointer } from "./pointer.js";

/** What an operation does, from its `x-idp-sessions.role` (specs/EXTENSION.md). */
export type OperationRole = "list" | "get" | "revoke" | "revokeAll";

export interface FoundOperation {
  /** The spec's operationId (`getUserSessions`). */
  id: string;
  /** Its `x-idp-sessions.role`, when it has one. */
  role: OperationRole | undefined;
  path: string;
  method: string;
  operation: OperationObject;
  /** JSON pointer of the operation in the document. */
  pointer: string;
  /** Path parameters read from a concrete path (decoded); empty when found by id. */
  params: Record<string, string>;
}

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** Every operation of a spec, in document order. */
export function operationsOf(doc: OpenApiDocument): FoundOperation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, operation]) => {
        const role = (operation["x-idp-sessions"] as { role?: OperationRole } | undefined)?.role;
        const pointer = `#/paths/${escapePointer(path)}/${method}`;
        return { id: operation.operationId ?? pointer, role, path, method, operation, pointer, params: {} };
      }),
  );
}

/** The operation with this operationId (own members only: `__proto__` is no operation). */
export function operationById(doc: OpenApiDocument, id: string): FoundOperation | undefined {
  return operationsOf(doc).find((op) => op.id === id);
}

/** The listing: the operation whose role is `list` (each spec has one). */
export function listingOperation(doc: OpenApiDocument): FoundOperation {
  const listing = operationsOf(doc).find((op) => op.role === "list");
  if (!listing) throw new Error("the spec has no listing operation (x-idp-sessions role: list)");
  return listing;
}

/**
 * The operation for `method` and a concrete path (relative to the spec's server URL), with its path
 * parameters. A literal segment wins over a template (`/v2/sessions/search` before `/v2/sessions/{id}`).
 */
export function findOperation(doc: OpenApiDocument, method: string, path: string): FoundOperation | undefined {
  const segments = path.split("/");
  const name = method.toLowerCase();
  const candidates = operationsOf(doc)
    .filter((op) => op.method === name && op.path.split("/").length === segments.length)
    .sort((a, b) => templated(a.path) - templated(b.path));
  for (const op of candidates) {
    const params: Record<string, string> = {};
    const matches = op.path.split("/").every((part, i) => {
      const segment = segments[i] ?? "";
      const param = /^\{(.+)\}$/.exec(part)?.[1];
      if (param === undefined) return part === segment;
      params[param] = decoded(segment);
      return segment.length > 0;
    });
    if (matches) return { ...op, params };
  }
  return undefined;
}

const templated = (path: string) => path.split("/").filter((part) => part.startsWith("{")).length;

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
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
