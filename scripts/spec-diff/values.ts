import type { Json } from "../operations.ts";
import { byWidening, type Direction } from "./classify.ts";
import { show } from "./rest.ts";
import { child, type Node, type Walk } from "./walk.ts";

type Values = [list: Json[] | undefined, node: Node];

/**
 * A set of allowed values (the `type` union, `enum`/`const`): a value removed narrows the type (breaking
 * either way: the generated union type loses a member callers may name); a value added widens it
 * (additive for what a client sends, breaking for what it receives: an exhaustive switch no longer is).
 * No list at all means any value.
 */
export function compareValues(
  walk: Walk,
  [before, b]: Values,
  [after, h]: Values,
  direction: Direction,
  label: string,
  keyword: string,
): void {
  if (before === undefined && after === undefined) return;
  const pointer = child(h.pointer, keyword);
  if (before === undefined) {
    walk.add("breaking", "head", pointer, `${label} narrowed from any to ${show(after)}`);
    return;
  }
  if (after === undefined) {
    walk.add(byWidening(direction), "head", h.pointer, `${label} widened from ${show(before)} to any`);
    return;
  }
  const has = (list: Json[], value: Json) => list.some((v) => JSON.stringify(v) === JSON.stringify(value));
  for (const value of before.filter((v) => !has(after, v))) {
    walk.add("breaking", "base", child(b.pointer, keyword), `${label} ${show(value)} removed`);
  }
  for (const value of after.filter((v) => !has(before, v))) {
    const nullable = keyword === "type" && value === "null" ? " (now nullable)" : "";
    walk.add(byWidening(direction), "head", pointer, `${label} ${show(value)} added${nullable}`);
  }
}
