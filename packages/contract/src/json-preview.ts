/**
 * The first characters of a value's JSON text, built iteratively and stopped once `budget` characters are
 * out: a value quoted in a report may be a 10 MB string, a million-item array or 100,000 levels deep, and
 * JSON.stringify would copy all of it (or overflow the stack, or throw on a BigInt or a cycle).
 */

type Frame =
  | { kind: "array"; items: readonly unknown[]; index: number }
  | { kind: "object"; value: object; keys: string[]; index: number };

export interface Preview {
  text: string;
  /** False when the text stops short of the whole value. */
  complete: boolean;
}

export function jsonPreview(value: unknown, budget: number): Preview {
  let text = "";
  const stack: Frame[] = [];
  /** Writes one value; containers open a frame. Returns false once the budget is spent. */
  const write = (node: unknown): boolean => {
    if (typeof node === "string") {
      const room = Math.max(0, budget - text.length);
      text += JSON.stringify(node.length > room ? node.slice(0, room) : node);
      return node.length <= room && text.length <= budget;
    }
    if (Array.isArray(node)) {
      text += "[";
      stack.push({ kind: "array", items: node, index: 0 });
    } else if (node !== null && typeof node === "object") {
      text += "{";
      stack.push({ kind: "object", value: node, keys: Object.keys(node), index: 0 });
    } else if (typeof node === "number") text += Number.isFinite(node) ? String(node) : "null";
    else if (typeof node === "boolean" || typeof node === "bigint") text += String(node);
    // What JSON cannot hold (only JavaScript callers pass it) is named by its type.
    else text += node === undefined ? "null" : typeof node;
    return text.length <= budget;
  };
  if (!write(value)) return { text: text.slice(0, budget), complete: false };
  for (let frame = stack.at(-1); frame; frame = stack.at(-1)) {
    const first = frame.index === 0;
    if (frame.kind === "array" ? frame.index >= frame.items.length : frame.index >= frame.keys.length) {
      text += frame.kind === "array" ? "]" : "}";
      stack.pop();
    } else if (frame.kind === "array") {
      text += first ? "" : ",";
      if (!write(frame.items[frame.index++])) break;
    } else {
      const key = frame.keys[frame.index++] ?? "";
      text += `${first ? "" : ","}${JSON.stringify(key.slice(0, budget))}:`;
      if (!write((frame.value as Record<string, unknown>)[key])) break;
    }
    if (text.length > budget) break;
  }
  return stack.length === 0 && text.length <= budget
    ? { text, complete: true }
    : { text: text.slice(0, budget), complete: false };
}
