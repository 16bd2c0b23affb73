import { escapePointer } from "./pointer.js";
/**
 * How deeply a body (or a JSON header) may nest arrays and objects before it is refused unchecked. The
 * specs' schemas nest fewer than 10 levels, Kratos traits are what an identity schema makes them; a server
 * that sends 100,000 levels is answered with one violation instead of a stack overflow somewhere.
 */
export const MAX_DEPTH = 64;

interface Entry {
  value: object;
  level: number;
  parent: Entry | undefined;
  key: string | number;
}

function pointerOf(entry: Entry): string {
  const segments: string[] = [];
  for (let e: Entry | undefined = entry; e?.parent; e = e.parent) segments.push(escapePointer(String(e.key)));
  return segments.length === 0 ? "" : `/${segments.reverse().join("/")}`;
}

/** The first container deeper than `max` and its pointer: the slow path, walked only once one is known. */
function firstTooDeep(value: object, max: number): string {
  const stack: Entry[] = [{ value, level: 1, parent: undefined, key: "" }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    if (entry.level > max) return pointerOf(entry);
    const parent = entry;
    const push = (child: unknown, key: string | number) => {
      if (child !== null && typeof child === "object")
        stack.push({ value: child, level: parent.level + 1, parent, key });
    };
    if (Array.isArray(entry.value)) entry.value.forEach(push);
    else for (const key of Object.keys(entry.value)) push((entry.value as Record<string, unknown>)[key], key);
  }
  return "";
}

/**
 * The pointer of the first array or object nested deeper than `max` levels, or undefined. Iterative, and
 * without a pointer or an allocation per value until one is found (validation throughput depends on it).
 */
export function tooDeep(value: unknown, max = MAX_DEPTH): string | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const nodes: object[] = [value];
  const levels: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop() as object;
    const level = levels.pop() as number;
    // A cycle (from a JavaScript caller) is as deep as it gets, and ends the walk here too.
    if (level > max) return firstTooDeep(value, max);
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const child: unknown = node[i];
        if (child !== null && typeof child === "object") {
          nodes.push(child);
          levels.push(level + 1);
        }
      }
    } else {
      const values = Object.values(node);
      for (let i = 0; i < values.length; i++) {
        const child: unknown = values[i];
        if (child !== null && typeof child === "object") {
          nodes.push(child);
          levels.push(level + 1);
        }
      }
    }
  }
  return undefined;
}
