import { type ErrorContext, ResponseValidationError } from "@idp-sessions/core";

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
  return `${pointer}/${segment.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

export function fail(context: ErrorContext, pointer: string, expected: string, value: unknown): never {
  throw new ResponseValidationError(context, { pointer, expected, actual: found(value) });
}

export function isObject(value: unknown): value is object {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// Taken once: Object.hasOwn costs a little more per call (about 30 reads a session).
const hasOwn = Object.prototype.hasOwnProperty;

export type Key<T> = keyof T & string;
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
   * The session is at pointer "". A nested object names its parent, its key there and, for an item of an
   * array member, its index: its JSON pointer is only written when an error needs it (a pointer string
   * per object cost more than its checks).
   */
  constructor(
    context: ErrorContext,
    value: unknown,
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
    this.path = parent === undefined ? "" : undefined;
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

  /** A ResponseValidationError at the member `key` (at its item `index` when given). */
  fail(key: Key<T> | number | string, expected: string, value: unknown, index?: number): never {
    const member = child(this.pointer, key);
    return fail(this.context, index === undefined ? member : child(member, index), expected, value);
  }

  /** A ResponseValidationError at this object itself (`actual` must not quote the session). */
  refuse(expected: string, actual: string): never {
    throw new ResponseValidationError(this.context, { pointer: this.pointer, expected, actual });
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

  object<K extends Key<T>>(key: K, required: readonly Key<NonNullable<T[K]>>[] = []) {
    const value = this.get(key, "object");
    return value === undefined ? undefined : new Fields<NonNullable<T[K]>>(this.context, value, required, this, key);
  }

  nullableObject<K extends Key<T>>(key: K, required: readonly Key<NonNullable<T[K]>>[] = []) {
    const value = this.get(key, "object or null");
    if (value === undefined || value === null) return value;
    if (!isObject(value)) return this.fail(key, "object or null", value);
    return new Fields<NonNullable<T[K]>>(this.context, value, required, this, key);
  }

  /** An array member's items, each checked to be an object; [] when absent. */
  objects<K extends Key<T>>(key: K, required: readonly Key<Item<NonNullable<T[K]>>>[] = []) {
    const items = this.array(key);
    const out: Fields<Item<NonNullable<T[K]>>>[] = [];
    for (let i = 0; i < items.length; i++) out.push(new Fields(this.context, items[i], required, this, key, i));
    return out;
  }

  /** An array member's items; [] when absent. */
  array(key: Key<T>): readonly unknown[] {
    const value = this.get(key, "array");
    if (value === undefined) return [];
    return Array.isArray(value) ? value : this.fail(key, "array", value);
  }
}
