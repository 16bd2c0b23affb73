import type { Json, JsonObject } from "../operations.ts";
import { byTightening, byWidening, type Direction, LOWER_BOUNDS, UPPER_BOUNDS } from "./classify.ts";
import { compareRest, show } from "./rest.ts";
import { compareValues } from "./values.ts";
import { asObject, child, isObject, type Node, resolve, same, type Walk } from "./walk.ts";

const HANDLED = [
  ...["type", "enum", "const", "properties", "required", "items", "additionalProperties", "oneOf", "anyOf", "allOf"],
  ...["pattern", "format", "multipleOf", "uniqueItems", "$ref", ...UPPER_BOUNDS, ...LOWER_BOUNDS],
];

/**
 * Compares one schema in its two versions. `name` says where it is for people ("response 200:
 * sessions[].id"); the direction says whether a client sends or receives it.
 */
export function compareSchema(walk: Walk, base: Node, head: Node, direction: Direction, name: string): void {
  const [b, h] = walk.pair(base, head);
  const key = `${direction}|${b.pointer}|${h.pointer}`;
  if (walk.visited.has(key)) return;
  walk.visited.add(key);
  const [bs, hs] = [asObject(b.value), asObject(h.value)];
  const types = (s: JsonObject): Json[] | undefined => (s.type === undefined ? undefined : [s.type].flat());
  const values = (s: JsonObject): Json[] | undefined =>
    Array.isArray(s.enum) ? s.enum : s.const !== undefined ? [s.const] : undefined;
  compareValues(walk, [types(bs), b], [types(hs), h], direction, `${name}: type`, "type");
  compareValues(
    walk,
    [values(bs), b],
    [values(hs), h],
    direction,
    `${name}: enum value`,
    "enum" in hs ? "enum" : "const",
  );
  for (const keyword of UPPER_BOUNDS) bound(walk, bs[keyword], hs[keyword], h, keyword, direction, name, true);
  for (const keyword of LOWER_BOUNDS) bound(walk, bs[keyword], hs[keyword], h, keyword, direction, name, false);
  for (const keyword of ["pattern", "format", "multipleOf", "uniqueItems"]) {
    if (same(bs[keyword], hs[keyword])) continue;
    const cls =
      bs[keyword] === undefined
        ? byTightening(direction, true)
        : hs[keyword] === undefined
          ? byTightening(direction, false)
          : "breaking";
    walk.add(cls, "head", child(h.pointer, keyword), `${name}: ${keyword} ${show(bs[keyword])} → ${show(hs[keyword])}`);
  }
  properties(walk, b, h, direction, name);
  additional(walk, b, h, direction, name);
  if (bs.items !== undefined || hs.items !== undefined) {
    const items = (n: Node): Node => ({ value: asObject(n.value).items, pointer: child(n.pointer, "items") });
    compareSchema(walk, items(b), items(h), direction, `${name}[]`);
  }
  for (const keyword of ["oneOf", "anyOf", "allOf"]) branches(walk, b, h, keyword, direction, name);
  compareRest(walk, b, h, HANDLED);
}

function bound(
  walk: Walk,
  before: Json | undefined,
  after: Json | undefined,
  head: Node,
  keyword: string,
  direction: Direction,
  name: string,
  upper: boolean,
): void {
  if (same(before, after)) return;
  const b = typeof before === "number" ? before : undefined;
  const a = typeof after === "number" ? after : undefined;
  const tighter = a !== undefined && (b === undefined || (upper ? a < b : a > b));
  walk.add(
    byTightening(direction, tighter),
    "head",
    child(head.pointer, keyword),
    `${name}: ${keyword} ${show(before)} → ${show(after)}`,
  );
}

function properties(walk: Walk, b: Node, h: Node, direction: Direction, name: string): void {
  const props = (n: Node) => asObject(asObject(n.value).properties);
  const required = (n: Node) => new Set([asObject(n.value).required ?? []].flat());
  const [bp, hp, br, hr] = [props(b), props(h), required(b), required(h)];
  const prop = (n: Node, p: string): Node => ({ value: props(n)[p], pointer: child(n.pointer, "properties", p) });
  const removed = Object.keys(bp).filter((p) => !(p in hp));
  const added = Object.keys(hp).filter((p) => !(p in bp));
  for (const p of removed) {
    const renamed = added.find((a) => same(resolve(walk.base, prop(b, p)).value, resolve(walk.head, prop(h, a)).value));
    if (renamed !== undefined) added.splice(added.indexOf(renamed), 1);
    const what = renamed === undefined ? "removed" : `renamed to ${renamed}`;
    walk.add(
      "breaking",
      renamed === undefined ? "base" : "head",
      (renamed === undefined ? prop(b, p) : prop(h, renamed)).pointer,
      `${name}: property ${p} ${what}`,
    );
  }
  for (const p of added) {
    const needed = direction === "request" && hr.has(p);
    walk.add(
      needed ? "breaking" : "additive",
      "head",
      prop(h, p).pointer,
      `${name}: ${needed ? "required" : "optional"} property ${p} added`,
    );
  }
  for (const p of Object.keys(bp).filter((q) => q in hp)) {
    if (br.has(p) !== hr.has(p)) {
      const now = hr.has(p) ? "required" : "optional";
      const cls = (direction === "request") === hr.has(p) ? "breaking" : "additive";
      walk.add(cls, "head", child(h.pointer, "required"), `${name}: property ${p} made ${now}`);
    }
    compareSchema(walk, prop(b, p), prop(h, p), direction, `${name}.${p}`);
  }
}

function additional(walk: Walk, b: Node, h: Node, direction: Direction, name: string): void {
  const [before, after] = [asObject(b.value).additionalProperties, asObject(h.value).additionalProperties];
  if (same(before, after)) return;
  const pointer = child(h.pointer, "additionalProperties");
  if (isObject(before) && isObject(after)) {
    const node = (n: Node): Node => ({
      value: asObject(n.value).additionalProperties,
      pointer: child(n.pointer, "additionalProperties"),
    });
    compareSchema(walk, node(b), node(h), direction, `${name}{}`);
    return;
  }
  const cls = direction === "response" || after === undefined || after === true ? "additive" : "breaking";
  walk.add(cls, "head", pointer, `${name}: additionalProperties ${show(before)} → ${show(after)}`);
}

/** oneOf/anyOf/allOf branch by branch: a oneOf/anyOf branch added widens the type, allOf's narrows it. */
function branches(walk: Walk, b: Node, h: Node, keyword: string, direction: Direction, name: string): void {
  const [before, after] = [asObject(b.value)[keyword], asObject(h.value)[keyword]];
  if (before === undefined && after === undefined) return;
  const [bl, hl] = [Array.isArray(before) ? before : [], Array.isArray(after) ? after : []];
  const branch = (n: Node, i: number): Node => ({
    value: (asObject(n.value)[keyword] as Json[] | undefined)?.[i],
    pointer: child(n.pointer, keyword, i),
  });
  for (let i = 0; i < Math.min(bl.length, hl.length); i++)
    compareSchema(walk, branch(b, i), branch(h, i), direction, `${name}(${keyword} ${i})`);
  for (let i = hl.length; i < bl.length; i++) {
    const cls = keyword === "allOf" ? byTightening(direction, false) : "breaking";
    walk.add(cls, "base", branch(b, i).pointer, `${name}: ${keyword} branch ${i} removed`);
  }
  for (let i = bl.length; i < hl.length; i++) {
    const cls = keyword === "allOf" ? byTightening(direction, true) : byWidening(direction);
    walk.add(cls, "head", branch(h, i).pointer, `${name}: ${keyword} branch ${i} added`);
  }
}
