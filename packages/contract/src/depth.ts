/**
 * How deeply a body (or a JSON header) may nest arrays and objects before it is refused unchecked. The
 * specs' bodies nest fewer than 10 levels, Kratos traits are what an identity schema makes them; a server
 * that sends 100,000 levels is answered with one violation instead of a stack overflow somewhere.
 */
export const MAX_DEPTH = 64;

interface Entry {
  value: object;
  level: number;
  parent: Entry | undefined;
  key: string | number;
}

const escapeSegment = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

function pointerOf(entry: Entry): string {
  const segments: string[] = [];
  for (let e: Entry | undefined = entry; e?.parent; e = e.parent) segments.push(escapeSegment(String(e.key)));
  return segments.length === 0 ? "" : `/${segments.reverse().join("/")}`;
}

/** The pointer of the first array or object nested deeper than `max` levels, or undefined. Iterative. */
export function tooDeep(value: unknown, max = MAX_DEPTH): string | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const seen = new WeakSet<object>();
  const stack: Entry[] = [{ value, level: 1, parent: undefined, key: "" }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    if (entry.level > max) return pointerOf(entry);
    // A value met twice (a cycle or a shared reference, from JavaScript callers) is walked once.
    if (seen.has(entry.value)) continue;
    seen.add(entry.value);
    const push = (child: unknown, key: string | number) => {
      if (child !== null && typeof child === "object")
        stack.push({ value: child, level: (entry?.level ?? 0) + 1, parent: entry, key });
    };
    if (Array.isArray(entry.value)) entry.value.forEach(push);
    else for (const key of Object.keys(entry.value)) push((entry.value as Record<string, unknown>)[key], key);
  }
  return undefined;
}
