import { type ErrorContext, ResponseValidationError } from "@idp-sessions/core";
import { rfc3339ToIso } from "./rfc3339.js";

/**
 * Cheap structural guards at each field a mapper reads, against the type (and format or enum) the spec
 * gives that field. A session is chosen by whoever logged in and may come from a compromised server:
 * a wrong value is a ResponseValidationError at its JSON pointer, never a TypeError and never a silent
 * null. Fields the mappers do not read are not checked here (that is @idp-sessions/contract's job).
 */

/** Pointer segments longer than this are cut: a metadata key can be megabytes long. */
export const MAX_POINTER_SEGMENT = 100;

/** What was found, by JSON type only: a session's text must not travel into error messages and logs. */
export function found(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string") return value.length === 0 ? "empty string" : `string (length ${value.length})`;
  return typeof value;
}

/** `pointer` extended by one escaped segment. */
export function child(pointer: string, key: string | number): string {
  if (typeof key === "number") return `${pointer}/${key}`;
  const segment = key.length > MAX_POINTER_SEGMENT ? `${key.slice(0, MAX_POINTER_SEGMENT)}…` : key;
  // Most segments (every field name a mapper reads) need no escaping: not a regular expression each.
  const plain = !segment.includes("~") && !segment.includes("/");
  return `${pointer}/${plain ? segment : segment.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

export function fail(context: ErrorContext, pointer: string, expected: string, value: unknown): never {
  throw new ResponseValidationError(context, { pointer, expected, actual: found(value) });
}

function tooMany(context: ErrorContext, pointer: string, max: number, count: number): never {
  throw new ResponseValidationError(context, { pointer, expected: `at most ${max} properties`, actual: `${count}` });
}

export function isObject(value: unknown): value is object {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

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

// Taken once: Object.hasOwn costs a little more per call (about 30 reads a session).
const hasOwn = Object.prototype.hasOwnProperty;

type Key<T> = keyof T & string;
type Item<V> = V extends readonly (infer I)[] ? I & object : never;

/**
 * One object of a session, checked to be a JSON object, with readers for its members. Only own
 * properties are read, so that a polluted Object.prototype cannot supply a missing field.
 */
export class Fields<T extends object> {
  readonly value: T;
  private readonly context: ErrorContext;
  private readonly required: readonly string[];
  private readonly parent: Fields<object> | undefined;
  private readonly key: string;
  private readonly index: number;
  private path: string | undefined;

  /**
   * A nested object names its parent, its key there and, for an item of an array member, its index: its
   * JSON pointer is only written when an error needs it (a pointer per object cost more than its checks).
   */
  constructor(
    context: ErrorContext,
    value: unknown,
    pointer: string,
    required: readonly Key<T>[] = [],
    parent?: Fields<object>,
    key = "",
    index = -1,
  ) {
    this.context = context;
    this.value = value as T;
    this.required = required;
    this.parent = parent;
    this.key = key;
    this.index = index;
    this.path = parent === undefined ? pointer : undefined;
    if (!isObject(value)) fail(context, this.pointer, "object", value);
  }

  /** The object's JSON pointer in the session. */
  get pointer(): string {
    if (this.path === undefined) {
      const member = child(this.parent?.pointer ?? "", this.key);
      this.path = this.index < 0 ? member : child(member, this.index);
    }
    return this.path;
  }

  /** The member's value (own properties only); a missing required member is an error. */
  get(key: Key<T>, expected: string): unknown {
    const value = hasOwn.call(this.value, key) ? this.value[key] : undefined;
    if (value === undefined && this.required.includes(key)) this.fail(key, expected, value);
    return value;
  }

  fail(key: Key<T> | number | string, expected: string, value: unknown): never {
    return fail(this.context, child(this.pointer, key), expected, value);
  }

  string(key: Key<T>): string | undefined {
    const value = this.get(key, "string");
    if (value === undefined || typeof value === "string") return value;
    return this.fail(key, "string", value);
  }

  nullableString(key: Key<T>): string | null | undefined {
    const value = this.get(key, "string or null");
    if (value === undefined || value === null || typeof value === "string") return value;
    return this.fail(key, "string or null", value);
  }

  uuid(key: Key<T>): string | undefined {
    const value = this.get(key, "string (uuid)");
    if (value === undefined || (typeof value === "string" && isUuid(value))) return value;
    return this.fail(key, "string (uuid)", value);
  }

  oneOf<V extends string>(key: Key<T>, values: readonly V[]): V | undefined {
    const value = hasOwn.call(this.value, key) ? this.value[key] : undefined;
    if (value === undefined ? !this.required.includes(key) : values.includes(value as V)) {
      return value as V | undefined;
    }
    return this.fail(key, `one of ${values.join(", ")}`, value);
  }

  integer(key: Key<T>): number | undefined {
    const value = this.get(key, "integer");
    if (value === undefined || Number.isInteger(value)) return value as number | undefined;
    return this.fail(key, "integer", value);
  }

  boolean(key: Key<T>): boolean | undefined {
    const value = this.get(key, "boolean");
    if (value === undefined || typeof value === "boolean") return value;
    return this.fail(key, "boolean", value);
  }

  /** An RFC 3339 date-time as ISO 8601 UTC, or null when absent. */
  dateTime(key: Key<T>): string | null {
    const value = this.get(key, "RFC 3339 date-time");
    if (value === undefined) return null;
    const iso = typeof value === "string" ? rfc3339ToIso(value) : undefined;
    return iso === undefined ? this.fail(key, "RFC 3339 date-time", value) : iso;
  }

  object<K extends Key<T>>(key: K, required: readonly Key<NonNullable<T[K]>>[] = []) {
    const value = this.get(key, "object");
    return value === undefined
      ? undefined
      : new Fields<NonNullable<T[K]>>(this.context, value, "", required, this, key);
  }

  nullableObject<K extends Key<T>>(key: K, required: readonly Key<NonNullable<T[K]>>[] = []) {
    const value = this.get(key, "object or null");
    if (value === undefined || value === null) return value;
    if (!isObject(value)) return this.fail(key, "object or null", value);
    return new Fields<NonNullable<T[K]>>(this.context, value, "", required, this, key);
  }

  /** An array member's items, each checked to be an object; [] when absent. */
  objects<K extends Key<T>>(key: K, required: readonly Key<Item<NonNullable<T[K]>>>[] = []) {
    const items = this.array(key);
    const out: Fields<Item<NonNullable<T[K]>>>[] = [];
    for (let i = 0; i < items.length; i++) out.push(new Fields(this.context, items[i], "", required, this, key, i));
    return out;
  }

  /** A copy of an array member's items, each checked to be a string; [] when absent. */
  strings(key: Key<T>): string[] {
    const items = this.array(key);
    const out: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (typeof item !== "string") fail(this.context, child(child(this.pointer, key), i), "string", item);
      out.push(item);
    }
    return out;
  }

  /** The object's own entries, every value checked to be a string. */
  stringEntries(maxProperties = Number.POSITIVE_INFINITY): [string, string][] {
    const entries = Object.entries(this.value);
    if (entries.length > maxProperties) tooMany(this.context, this.pointer, maxProperties, entries.length);
    // The keys are chosen by whoever logged in (a server can echo a credential into one), so a bad value is
    // reported by its position among the properties, and the pointer stops at the object.
    for (let index = 0; index < entries.length; index++) {
      const value = entries[index]?.[1];
      if (typeof value !== "string") {
        throw new ResponseValidationError(this.context, {
          pointer: this.pointer,
          expected: `property #${index + 1} to be a string`,
          actual: found(value),
        });
      }
    }
    return entries as [string, string][];
  }

  private array(key: Key<T>): readonly unknown[] {
    const value = this.get(key, "array");
    if (value === undefined) return [];
    return Array.isArray(value) ? value : this.fail(key, "array", value);
  }
}
