import { type ErrorContext, ResponseValidationError } from "./errors.js";

/** A short name for the JSON type of a value, for error messages. */
export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/**
 * Cheap structural guards for what the pagination loop relies on. Full validation against the spec is
 * @idp-sessions/contract's job; these make sure a wrong shape is a typed error, never a crash.
 */
export function expectArray(context: ErrorContext, value: unknown, pointer: string): unknown[] {
  if (Array.isArray(value)) return value;
  throw new ResponseValidationError(context, { pointer, expected: "array", actual: jsonType(value) });
}

export function expectObject(context: ErrorContext, value: unknown, pointer: string): Record<string, unknown> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new ResponseValidationError(context, { pointer, expected: "object", actual: jsonType(value) });
}

/** A uint64 as ZITADEL's gateway sends it: a string of digits or a non-negative integer; absent is 0. */
export function expectUint64(context: ErrorContext, value: unknown, pointer: string): number {
  if (value === undefined) return 0;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === "string" && /^[0-9]{1,16}$/.test(value)) return Number(value);
  throw new ResponseValidationError(context, {
    pointer,
    expected: "uint64 (string of digits or non-negative integer)",
    // Quoted whole: the error redacts it and only then cuts it short, so no secret is ever cut in half.
    actual: typeof value === "string" ? JSON.stringify(value) : jsonType(value),
  });
}

/** The value at `path` of a JSON value, through own properties only (never an inherited one); else undefined. */
export function valueAt(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The string at `keys` inside `value`, or undefined (for reading error bodies of any shape). */
export function stringAt(value: unknown, ...keys: string[]): string | undefined {
  const current = valueAt(value, keys);
  if (typeof current === "string") return current;
  if (typeof current === "number" && Number.isFinite(current)) return String(current);
  return undefined;
}

/** The JSON pointer (RFC 6901) of a path of keys. */
export function pointerTo(path: readonly string[]): string {
  return path.map((k) => `/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
