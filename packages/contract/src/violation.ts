import type { ErrorObject } from "ajv";

/** Where in a request or response a violation is. */
export type ViolationLocation = "status" | "headers" | "path" | "query" | "body";

/**
 * One way a request or response breaks its spec. `pointer` is a JSON pointer into the part named by `in`:
 * into the body (`/sessions/0/id`), or to a header, path or query parameter (`/x-pagination/has_next`).
 */
export interface Violation {
  in: ViolationLocation;
  pointer: string;
  message: string;
  expected: string;
  actual: string;
}

const escapeSegment = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

/** A short rendering of the value found, never more than 80 characters. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

function expectedOf(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "type":
      return String(p.type);
    case "enum":
      return `one of ${describeValue(p.allowedValues)}`;
    case "format":
      return `format ${String(p.format)}`;
    case "required":
      return `property ${String(p.missingProperty)}`;
    case "oneOf":
      return "exactly one of the alternatives";
    case "pattern":
      return `pattern ${String(p.pattern)}`;
    case "minimum":
    case "maximum":
      return `${String(p.comparison)} ${String(p.limit)}`;
    default:
      return error.message ?? error.keyword;
  }
}

/**
 * Ajv's errors as violations, one per distinct pointer and keyword. A missing property points where it
 * should be. `prefix` places the pointer under a header or parameter name (`/x-pagination`).
 */
export function toViolations(
  errors: readonly ErrorObject[] | null | undefined,
  root: unknown,
  location: ViolationLocation,
  prefix = "",
): Violation[] {
  const seen = new Set<string>();
  const out: Violation[] = [];
  const all = errors ?? [];
  for (const error of all) {
    // A oneOf/anyOf summary adds nothing when its branches' errors are reported; it stands alone only
    // when no branch failed deeper (a value that matches two branches of a oneOf).
    const summary = error.keyword === "oneOf" || error.keyword === "anyOf";
    if (
      summary &&
      all.some((e) => e !== error && e.keyword !== error.keyword && e.instancePath.startsWith(error.instancePath))
    )
      continue;
    const missing = error.keyword === "required" ? `/${escapeSegment(String(error.params.missingProperty))}` : "";
    const pointer = `${error.instancePath}${missing}`;
    const key = `${pointer} ${error.keyword} ${error.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      in: location,
      pointer: `${prefix}${pointer}`,
      message: error.message ?? error.keyword,
      expected: expectedOf(error),
      actual: describeValue(missing ? undefined : valueAt(root, error.instancePath)),
    });
  }
  return out;
}
