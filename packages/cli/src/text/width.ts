import stringWidth from "string-width";

/**
 * Widths in terminal columns, not string length: a CJK character or an emoji takes two columns, a
 * combining accent none (string-width, after `printable` has escaped everything that is not text).
 */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

const graphemes = new Intl.Segmenter();

/** `text` if it fits in `width` columns, else as much as fits followed by `…`; never splits a character. */
export function cut(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let out = "";
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** Pads with spaces to `width` columns. */
export function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Word-wraps prose to `width` columns (no limit when undefined): the first line starts with `first`, the
 * others with `rest`. A word longer than a line is cut.
 */
export function wrap(text: string, width: number | undefined, first = "", rest = first): string[] {
  const words = text.split(" ").filter((word) => word !== "");
  if (width === undefined) return [first + words.join(" ")];
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    const candidate = empty ? line + word : `${line} ${word}`;
    if (empty || displayWidth(candidate) <= width) {
      line = candidate;
      empty = false;
    } else {
      lines.push(line);
      line = rest + word;
    }
  }
  lines.push(line);
  return lines.map((l) => cut(l, width));
}
