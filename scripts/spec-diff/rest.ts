import type { Json } from "../operations.ts";
import { ANNOTATIONS } from "./classify.ts";
import { asObject, child, isObject, type Node, same, type Walk } from "./walk.ts";

/**
 * The fields of an object that no specific rule handled: annotations are documentation, `x-idp-sessions`
 * follows the extension rule, and anything else that differs is breaking, so that no change goes
 * unreviewed because spec:diff has no rule for it.
 */
export function compareRest(walk: Walk, base: Node, head: Node, handled: readonly string[]): void {
  const before = asObject(base.value);
  const after = asObject(head.value);
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (handled.includes(key) || same(before[key], after[key])) continue;
    const [b, h] = [
      { value: before[key], pointer: child(base.pointer, key) },
      { value: after[key], pointer: child(head.pointer, key) },
    ];
    if (ANNOTATIONS.has(key)) documentation(walk, b, h, key);
    else if (key === "x-idp-sessions") compareExtension(walk, b, h);
    else if (!(key in after))
      walk.add("breaking", "base", b.pointer, `${key} removed (no rule for it: breaking, to be safe)`);
    else walk.add("breaking", "head", h.pointer, `${key} changed (no rule for it: breaking, to be safe)`);
  }
}

function documentation(walk: Walk, base: Node, head: Node, key: string): void {
  if (head.value === undefined) walk.add("documentation", "base", base.pointer, `${key} removed`);
  else walk.add("documentation", "head", head.pointer, `${key} ${base.value === undefined ? "added" : "changed"}`);
}

/**
 * `x-idp-sessions` (specs/EXTENSION.md) drives the generated clients: a field added is additive, one
 * removed or changed is breaking; `retry.why` is prose and documentation.
 */
export function compareExtension(walk: Walk, base: Node, head: Node, path = "x-idp-sessions"): void {
  if (same(base.value, head.value)) return;
  if (path.endsWith("retry.why")) {
    documentation(walk, base, head, path);
    return;
  }
  if (isObject(base.value) && isObject(head.value)) {
    for (const key of new Set([...Object.keys(base.value), ...Object.keys(head.value)])) {
      const b: Node = { value: base.value[key], pointer: child(base.pointer, key) };
      compareExtension(walk, b, { value: head.value[key], pointer: child(head.pointer, key) }, `${path}.${key}`);
    }
    return;
  }
  if (head.value === undefined) walk.add("breaking", "base", base.pointer, `${path} removed`);
  else if (base.value === undefined) walk.add("additive", "head", head.pointer, `${path} added`);
  else walk.add("breaking", "head", head.pointer, `${path} changed from ${show(base.value)} to ${show(head.value)}`);
}

export const show = (value: Json | undefined): string => {
  const text = JSON.stringify(value) ?? "nothing";
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};
