import type { JsonObject } from "../operations.ts";
import type { Change } from "./classify.ts";
import { compareOperation } from "./operation.ts";
import { compareRest, show } from "./rest.ts";
import { servers } from "./servers.ts";
import { asObject, child, type Node, same, Walk } from "./walk.ts";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Every change between two versions of one spec, classified. An absent version is an empty document. */
export function compareDocument(base: JsonObject, head: JsonObject): Change[] {
  const walk = new Walk(base, head);
  const root = (doc: JsonObject, key: string): Node => ({ value: doc[key], pointer: `/${key}` });
  if (!same(base.info, head.info)) info(walk, root(base, "info"), root(head, "info"));
  servers(walk, root(base, "servers"), root(head, "servers"));
  if (!same(base.security, head.security)) {
    walk.add(
      "breaking",
      "head",
      "/security",
      `security requirements ${show(base.security)} → ${show(head.security)} (auth change)`,
    );
  }
  schemes(walk, base, head);
  operations(walk);
  pathItems(walk);
  compareRest(walk, { value: base, pointer: "" }, { value: head, pointer: "" }, [
    "info",
    "servers",
    "security",
    "paths",
    "components",
  ]);
  return walk.changes;
}

/** The info object (title, summary, description with its "Differences from the documentation", version): documentation. */
function info(walk: Walk, base: Node, head: Node): void {
  const [b, h] = [asObject(base.value), asObject(head.value)];
  for (const key of new Set([...Object.keys(b), ...Object.keys(h)])) {
    if (!same(b[key], h[key])) walk.add("documentation", "head", child(head.pointer, key), `info.${key} changed`);
  }
}

/** Security schemes: removed or changed is an auth change (breaking); added alone changes nothing until required. */
function schemes(walk: Walk, base: JsonObject, head: JsonObject): void {
  const of = (doc: JsonObject) => asObject(asObject(doc.components).securitySchemes);
  const [b, h] = [of(base), of(head)];
  for (const name of new Set([...Object.keys(b), ...Object.keys(h)])) {
    const node = (v: JsonObject): Node => ({ value: v[name], pointer: child("/components/securitySchemes", name) });
    if (h[name] === undefined)
      walk.add("breaking", "base", node(b).pointer, `security scheme ${name} removed (auth change)`);
    else if (b[name] === undefined) walk.add("additive", "head", node(h).pointer, `security scheme ${name} added`);
    else compareRest(walk, node(b), node(h), []);
  }
}

interface Located extends Node {
  method: string;
  path: string;
}

function operationsOf(doc: JsonObject): Map<string, Located> {
  const found = new Map<string, Located>();
  for (const [path, item] of Object.entries(asObject(doc.paths))) {
    for (const method of METHODS.filter((m) => asObject(item)[m] !== undefined)) {
      found.set(`${method.toUpperCase()} ${path}`, {
        method,
        path,
        value: asObject(item)[method],
        pointer: child("/paths", path, method),
      });
    }
  }
  return found;
}

/** Operations by method and path; one that moved keeps its operationId and is a rename (breaking). */
function operations(walk: Walk): void {
  const [b, h] = [operationsOf(walk.base), operationsOf(walk.head)];
  const id = (op: Located) => asObject(op.value).operationId;
  const added = [...h.keys()].filter((k) => !b.has(k));
  for (const [key, op] of b) {
    const now = h.get(key);
    if (now !== undefined) {
      compareOperation(walk, op, now, key);
      continue;
    }
    const moved = added.find((k) => id(h.get(k) ?? op) === id(op) && id(op) !== undefined);
    const target = moved === undefined ? undefined : h.get(moved);
    if (moved === undefined || target === undefined) {
      walk.add("breaking", "base", op.pointer, `operation ${key} (${show(id(op))}) removed`);
      continue;
    }
    added.splice(added.indexOf(moved), 1);
    walk.add("breaking", "head", target.pointer, `operation ${show(id(op))} renamed: ${key} → ${moved}`);
    compareOperation(walk, op, target, moved);
  }
  for (const key of added) walk.add("additive", "head", h.get(key)?.pointer ?? "", `operation ${key} added`);
}

/**
 * What a path item holds besides its operations: servers (where its operations connect: breaking when
 * changed), summary and description (documentation), anything else by the rules of compareRest. Its
 * parameters are compared with each operation's (operation.ts).
 */
function pathItems(walk: Walk): void {
  const [b, h] = [asObject(walk.base.paths), asObject(walk.head.paths)];
  for (const path of Object.keys(b).filter((p) => h[p] !== undefined)) {
    const node = (item: JsonObject[string] | undefined, key?: string): Node => {
      const pointer = child("/paths", path);
      return key === undefined
        ? { value: item, pointer }
        : { value: asObject(item)[key], pointer: child(pointer, key) };
    };
    servers(walk, node(b[path], "servers"), node(h[path], "servers"), `${path} server`);
    compareRest(walk, node(b[path]), node(h[path]), [...METHODS, "parameters", "servers"]);
  }
}
