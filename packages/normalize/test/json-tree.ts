/** Test support: the positions of a JSON value, and copies with one position replaced. */

const escapeKey = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");
const unescapeKey = (segment: string) => segment.replace(/~1/g, "/").replace(/~0/g, "~");

/** Every JSON pointer in a JSON value, the root ("") first. */
export function pointersOf(value: unknown): string[] {
  const out: string[] = [];
  const stack: [unknown, string][] = [[value, ""]];
  while (stack.length > 0) {
    const [node, at] = stack.pop() as [unknown, string];
    out.push(at);
    if (node === null || typeof node !== "object") continue;
    for (const [key, child] of Object.entries(node)) stack.push([child, `${at}/${escapeKey(key)}`]);
  }
  return out;
}

/** The value at `pointer`, or undefined. */
export function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === "") return root;
  let node = root;
  for (const segment of pointer.slice(1).split("/").map(unescapeKey)) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** Defines (never assigns, so that `__proto__` stays an ordinary key) `key` on `target`. */
function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A deep copy of `root` (a JSON value) with `replacement` at `pointer`; the parent must be a container. */
export function replaceAt(root: unknown, pointer: string, replacement: unknown): unknown {
  if (pointer === "") return replacement;
  const copy: unknown = JSON.parse(JSON.stringify(root));
  const segments = pointer.slice(1).split("/").map(unescapeKey);
  const last = segments.pop() ?? "";
  let parent = copy as Record<string, unknown>;
  for (const segment of segments) parent = parent[segment] as Record<string, unknown>;
  define(parent, last, replacement);
  return copy;
}

/** The same position with one more key: a member the base value may not have had. */
export function withKey(pointer: string, key: string): string {
  return `${pointer}/${escapeKey(key)}`;
}
