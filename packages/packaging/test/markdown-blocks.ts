import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One fenced code block of a Markdown file, where it starts, and the module it is checked as. */
export interface CodeBlock {
  /** The Markdown file, relative to the repository root (`packages/auth0/README.md`). */
  file: string;
  /** 1-based line of the block's first code line (the one after the opening fence). */
  line: number;
  /** Columns of indentation removed from every line (a block inside a list item is indented). */
  indent: number;
  /** `ts` (an ES module in a `"type": "module"` project), `cjs` (CommonJS JavaScript) or `mjs`. */
  kind: "ts" | "cjs" | "mjs";
  code: string;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/;

/**
 * The Markdown files whose examples users copy: every `.md` at the root and in `docs/`, and every
 * package's own `.md` files (its README). Changelogs are history, not examples.
 */
export function exampleDocuments(root: string): string[] {
  const markdownIn = (dir: string) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir), { withFileTypes: true })
          .filter((entry) => entry.isFile() && entry.name.endsWith(".md") && entry.name !== "CHANGELOG.md")
          .map((entry) => (dir ? `${dir}/${entry.name}` : entry.name))
      : [];
  const packages = readdirSync(join(root, "packages"), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return [
    ...markdownIn(""),
    ...markdownIn("docs"),
    ...packages.flatMap((entry) => markdownIn(`packages/${entry.name}`)),
  ].sort();
}

/** Every TypeScript and JavaScript block of one Markdown text, indentation removed. */
export function codeBlocks(file: string, markdown: string): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? "");
    if (!open) continue;
    const [, indent = "", fence = "", info = ""] = open;
    const body: string[] = [];
    let end = i + 1;
    while (end < lines.length && !closes(lines[end] ?? "", fence)) end++;
    if (end === lines.length) throw new Error(`${file}:${i + 1}: the code block is never closed`);
    for (const text of lines.slice(i + 1, end)) {
      body.push(text.startsWith(indent) ? text.slice(indent.length) : text.trimStart());
    }
    const kind = kindOf(info.toLowerCase(), body.join("\n"));
    if (kind) blocks.push({ file, line: i + 2, indent: indent.length, kind, code: `${body.join("\n")}\n` });
    i = end;
  }
  return blocks;
}

/** A closing fence: only the opening fence's character, at least as many of them (CommonMark). */
function closes(line: string, fence: string): boolean {
  const text = line.trim();
  return text.length >= fence.length && [...text].every((c) => c === fence[0]);
}

function kindOf(info: string, code: string): CodeBlock["kind"] | undefined {
  if (info === "ts" || info === "typescript" || info === "mts") return "ts";
  if (info === "cjs") return "cjs";
  if (info === "mjs") return "mjs";
  // Plain `js`: CommonJS when it requires and never imports, as Node decides for a .js file without "type".
  if (info === "js" || info === "javascript")
    return /\brequire\(/.test(code) && !/^import\s/m.test(code) ? "cjs" : "mjs";
  return undefined;
}

/** Every block of every example document, read from disk now. */
export function exampleBlocks(root: string): CodeBlock[] {
  return exampleDocuments(root).flatMap((file) => codeBlocks(file, readFileSync(join(root, file), "utf8")));
}
