import type { JsonObject } from "../operations.ts";
import { compareRest, show } from "./rest.ts";
import { compareSchema } from "./schema.ts";
import { servers } from "./servers.ts";
import { asObject, child, type Node, resolve, same, type Walk } from "./walk.ts";

interface Operation extends Node {
  path: string;
}

/** One operation in both versions (moved or not): its parameters, request body, responses and the rest. */
export function compareOperation(walk: Walk, base: Operation, head: Operation, label: string): void {
  const [b, h] = [asObject(base.value), asObject(head.value)];
  if (!same(b.operationId, h.operationId)) {
    walk.add(
      "breaking",
      "head",
      child(head.pointer, "operationId"),
      `${label}: operationId ${show(b.operationId)} → ${show(h.operationId)}`,
    );
  }
  if (!same(b.security, h.security)) {
    walk.add(
      "breaking",
      "head",
      child(head.pointer, "security"),
      `${label}: security ${show(b.security)} → ${show(h.security)} (auth change)`,
    );
  }
  const sub = (n: Node, key: string): Node => ({ value: asObject(n.value)[key], pointer: child(n.pointer, key) });
  servers(walk, sub(base, "servers"), sub(head, "servers"), `${label}: server`);
  parameters(walk, parametersOf(walk.base, base), parametersOf(walk.head, head), label);
  body(walk, resolve(walk.base, sub(base, "requestBody")), resolve(walk.head, sub(head, "requestBody")), label);
  responses(walk, sub(base, "responses"), sub(head, "responses"), label);
  compareRest(walk, base, head, ["operationId", "security", "servers", "parameters", "requestBody", "responses"]);
}

/** The operation's parameters with its path item's, resolved, by `in` and name. */
function parametersOf(doc: JsonObject, op: Operation): Map<string, Node> {
  const found = new Map<string, Node>();
  const itemPointer = child("/paths", op.path);
  const lists: Node[] = [
    { value: asObject(asObject(doc.paths)[op.path]).parameters, pointer: child(itemPointer, "parameters") },
    { value: asObject(op.value).parameters, pointer: child(op.pointer, "parameters") },
  ];
  for (const list of lists) {
    for (const [i, value] of [list.value ?? []].flat().entries()) {
      const node = resolve(doc, { value, pointer: child(list.pointer, i) });
      found.set(`${asObject(node.value).name} (${asObject(node.value).in})`, node);
    }
  }
  return found;
}

function parameters(walk: Walk, before: Map<string, Node>, after: Map<string, Node>, label: string): void {
  const schema = (n: Node): Node => ({ value: asObject(n.value).schema, pointer: child(n.pointer, "schema") });
  const required = (n: Node) => asObject(n.value).required === true;
  const added = [...after.keys()].filter((k) => !before.has(k));
  for (const [key, b] of before) {
    const h = after.get(key);
    if (h !== undefined) {
      if (required(b) !== required(h)) {
        const cls = required(h) ? "breaking" : "additive";
        walk.add(
          cls,
          "head",
          child(h.pointer, "required"),
          `${label}: parameter ${key} made ${required(h) ? "required" : "optional"}`,
        );
      }
      compareSchema(walk, schema(b), schema(h), "request", `${label}: parameter ${key}`);
      compareRest(walk, b, h, ["name", "in", "required", "schema"]);
      continue;
    }
    const where = asObject(b.value).in;
    const renamed = added.find((k) => {
      const n = after.get(k);
      return (
        n !== undefined &&
        asObject(n.value).in === where &&
        same(resolve(walk.base, schema(b)).value, resolve(walk.head, schema(n)).value)
      );
    });
    const to = renamed === undefined ? undefined : after.get(renamed);
    if (renamed === undefined || to === undefined)
      walk.add("breaking", "base", b.pointer, `${label}: parameter ${key} removed`);
    else {
      added.splice(added.indexOf(renamed), 1);
      walk.add("breaking", "head", to.pointer, `${label}: parameter ${key} renamed to ${renamed}`);
    }
  }
  for (const key of added) {
    const h = after.get(key) ?? { value: {}, pointer: "" };
    walk.add(
      required(h) ? "breaking" : "additive",
      "head",
      h.pointer,
      `${label}: ${required(h) ? "required" : "optional"} parameter ${key} added`,
    );
  }
}

function body(walk: Walk, base: Node, head: Node, label: string): void {
  if (base.value === undefined && head.value === undefined) return;
  const required = (n: Node) => asObject(n.value).required === true;
  if (head.value === undefined) {
    walk.add("breaking", "base", base.pointer, `${label}: request body removed`);
    return;
  }
  if (base.value === undefined || required(base) !== required(head)) {
    const now = required(head) ? "required" : "optional";
    const what = base.value === undefined ? `${now} request body added` : `request body made ${now}`;
    walk.add(required(head) ? "breaking" : "additive", "head", head.pointer, `${label}: ${what}`);
    if (base.value === undefined) return;
  }
  content(walk, base, head, "request", `${label}: request body`);
  compareRest(walk, base, head, ["required", "content"]);
}

/** Media types: one removed is breaking, one added additive; the schemas compared in `direction`. */
function content(walk: Walk, base: Node, head: Node, direction: "request" | "response", label: string): void {
  const media = (n: Node) => asObject(asObject(n.value).content);
  const [b, h] = [media(base), media(head)];
  for (const type of new Set([...Object.keys(b), ...Object.keys(h)])) {
    const [bn, hn] = [
      { value: b[type], pointer: child(base.pointer, "content", type) },
      { value: h[type], pointer: child(head.pointer, "content", type) },
    ];
    if (h[type] === undefined) walk.add("breaking", "base", bn.pointer, `${label}: ${type} removed`);
    else if (b[type] === undefined) walk.add("additive", "head", hn.pointer, `${label}: ${type} added`);
    else {
      const schema = (n: Node): Node => ({ value: asObject(n.value).schema, pointer: child(n.pointer, "schema") });
      compareSchema(walk, schema(bn), schema(hn), direction, label);
      compareRest(walk, bn, hn, ["schema"]);
    }
  }
}

/** Responses by status: one removed is breaking, one added additive; headers likewise, then the body. */
function responses(walk: Walk, base: Node, head: Node, label: string): void {
  const [b, h] = [asObject(base.value), asObject(head.value)];
  for (const status of new Set([...Object.keys(b), ...Object.keys(h)])) {
    const [bn, hn] = walk.pair(
      { value: b[status], pointer: child(base.pointer, status) },
      { value: h[status], pointer: child(head.pointer, status) },
    );
    if (h[status] === undefined) walk.add("breaking", "base", bn.pointer, `${label}: response ${status} removed`);
    else if (b[status] === undefined) walk.add("additive", "head", hn.pointer, `${label}: response ${status} added`);
    else {
      const headers = (n: Node) => asObject(asObject(n.value).headers);
      const [bh, hh] = [headers(bn), headers(hn)];
      for (const name of new Set([...Object.keys(bh), ...Object.keys(hh)])) {
        const [x, y] = walk.pair(
          { value: bh[name], pointer: child(bn.pointer, "headers", name) },
          { value: hh[name], pointer: child(hn.pointer, "headers", name) },
        );
        if (y.value === undefined)
          walk.add("breaking", "base", x.pointer, `${label}: response ${status} header ${name} removed`);
        else if (x.value === undefined)
          walk.add("additive", "head", y.pointer, `${label}: response ${status} header ${name} added`);
        else {
          const schema = (n: Node): Node => ({ value: asObject(n.value).schema, pointer: child(n.pointer, "schema") });
          compareSchema(walk, schema(x), schema(y), "response", `${label}: response ${status} header ${name}`);
          compareRest(walk, x, y, ["schema"]);
        }
      }
      content(walk, bn, hn, "response", `${label}: response ${status}`);
      compareRest(walk, bn, hn, ["headers", "content"]);
    }
  }
}
