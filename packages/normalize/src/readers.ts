import type { Fields, Key } from "./guard.js";
import { rfc3339ToIso } from "./rfc3339.js";

/**
 * Readers of the types only some mappers read (integers, booleans, UUIDs, enums, date-times, string lists),
 * outside the Fields class so that a mapper bundles only those it uses.
 */

const URN_UUID = "urn:uuid:";

/**
 * `/^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i`, without the regular expression (about
 * twice as fast; Kratos has a few per session). ASCII letters only fold case, as in the expression.
 */
export function isUuid(value: string): boolean {
  const at = value.length - 36;
  if (at !== 0 && at !== URN_UUID.length) return false;
  for (let i = 0; i < at; i++) {
    const c = value.charCodeAt(i);
    const expected = URN_UUID.charCodeAt(i);
    if (c !== expected && !(expected >= 97 && c === expected - 32)) return false;
  }
  for (let i = 0; i < 36; i++) {
    const c = value.charCodeAt(at + i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
    } else if (!((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102))) return false;
  }
  return true;
}

export function readUuid<T extends object>(fields: Fields<T>, key: Key<T>): string | undefined {
  const value = fields.get(key, "string (uuid)");
  if (value === undefined || (typeof value === "string" && isUuid(value))) return value;
  return fields.fail(key, "string (uuid)", value);
}

/** One of `values`; `expected` is their text for an error (`one of a, b`), written once by the caller. */
export function readOneOf<T extends object, V extends string>(
  fields: Fields<T>,
  key: Key<T>,
  values: readonly V[],
  expected: string,
): V | undefined {
  const value = fields.get(key, expected);
  if (value === undefined || values.includes(value as V)) return value as V | undefined;
  return fields.fail(key, expected, value);
}

export function readInteger<T extends object>(fields: Fields<T>, key: Key<T>): number | undefined {
  const value = fields.get(key, "integer");
  if (value === undefined || Number.isInteger(value)) return value as number | undefined;
  return fields.fail(key, "integer", value);
}

export function readBoolean<T extends object>(fields: Fields<T>, key: Key<T>): boolean | undefined {
  const value = fields.get(key, "boolean");
  if (value === undefined || typeof value === "boolean") return value;
  return fields.fail(key, "boolean", value);
}

/** An RFC 3339 date-time as ISO 8601 UTC, or null when absent. */
export function readDateTime<T extends object>(fields: Fields<T>, key: Key<T>): string | null {
  const value = fields.get(key, "RFC 3339 date-time");
  if (value === undefined) return null;
  const iso = typeof value === "string" ? rfc3339ToIso(value) : undefined;
  return iso === undefined ? fields.fail(key, "RFC 3339 date-time", value) : iso;
}

/** A copy of an array member's items, each checked to be a string; [] when absent. */
export function readStrings<T extends object>(fields: Fields<T>, key: Key<T>): string[] {
  const items = fields.array(key);
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item !== "string") return fields.fail(key, "string", item, i);
    out.push(item);
  }
  return out;
}
