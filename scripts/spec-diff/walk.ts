import type { Json, JsonObject } from "../operations.ts";
import type { Change, ChangeClass, Side } from "./classify.ts";

/**
 * Walking two versions of a spec side by side: a location is a pointer into each version, `$ref`s are
 * followed (the pointer moves to the component, where the change really is) and changes are collected.
 */
export const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const asObject = (value: Json | undefined): JsonObject => (isObject(value) ? value : {});

const escapeToken = (token: string) => token.replace(/~/g, "~0").replace(/\//g, "~1");
export const child = (pointer: string, ...tokens: (string | number)[]): string =>
  tokens.reduce<string>((at, token) => `${at}/${escapeToken(String(token))}`, pointer);

export function at(doc: JsonObject, pointer: string): Json | undefined {
  let value: Json | undefined = doc;
  for (const raw of pointer.split("/").slice(1)) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    value = Array.isArray(value) ? value[Number(token)] : isObject(value) ? value[token] : undefined;
  }
  return value;
}

/** A node and where it is. */
export interface Node {
  value: Json | undefined;
  pointer: string;
}

/** Follows local `$ref`s (the specs have no others) to the node they name; a cycle ends at an empty object. */
export function resolve(doc: JsonObject, node: Node, seen: ReadonlySet<string> = new Set()): Node {
  const ref = isObject(node.value) ? node.value.$ref : undefined;
  if (typeof ref !== "string" || !ref.startsWith("#")) return node;
  const pointer = ref.slice(1);
  if (seen.has(pointer)) return { value: {}, pointer };
  return resolve(doc, { value: at(doc, pointer), pointer }, new Set([...seen, pointer]));
}

export const same = (a: Json | undefined, b: Json | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Both versions of one document and the changes found so far. */
export class Walk {
  readonly changes: Change[] = [];
  /** Pairs of schema locations already compared (in a direction): shared components and cycles. */
  readonly visited = new Set<string>();

  constructor(
    readonly base: JsonObject,
    readonly head: JsonObject,
  ) {}

  add(changeClass: ChangeClass, side: Side, pointer: string, message: string): void {
    if (this.changes.some((c) => c.class === changeClass && c.pointer === pointer && c.message === message)) return;
    this.changes.push({ class: changeClass, pointer, side, message });
  }

  /** Resolves a node of each version. */
  pair(base: Node, head: Node): [Node, Node] {
    return [resolve(this.base, base), resolve(this.head, head)];
  }
}
