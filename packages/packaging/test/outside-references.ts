import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";

/**
 * Documents that were never part of this repository: a sibling `shared/` folder with a style guide, notes
 * on the providers and copies of their documentation pages (`<provider>-list-user-sessions.txt`, ...).
 * A clone has none of them, so nothing in the repository may point at them.
 */
export const OUTSIDE_DOCUMENTS: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\.\.\/+shared\b/, what: "a path into ../shared" },
  { pattern: /\bshared\/(?:api-docs|hooks)\b/, what: "a path into shared/" },
  { pattern: /\bSTYLE\.md\b/, what: "STYLE.md (the house style is docs/style.md)" },
  { pattern: /\bPROVIDERS\.md\b/, what: "PROVIDERS.md (state the evidence in the spec itself)" },
  {
    pattern: /\b[\w-]+-(?:list|get)-[\w-]*sessions\.txt\b/,
    what: "a copied documentation page (name the provider's page by its title and URL)",
  },
];

/** Files that may name these documents: this check's definition of them and its own test. */
const DEFINITIONS = ["packages/packaging/test/outside-references.ts", "packages/packaging/test/self-contained.test.ts"];

/**
 * Every file a clone has, or will have once committed: tracked files and new files that are not ignored.
 * Throws when `root` is not a git checkout, rather than checking nothing.
 */
export function repositoryFiles(root: string): string[] {
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const files = [...new Set(listed.split("\0").filter(Boolean))];
  return files.filter((file) => !DEFINITIONS.includes(file) && existsSync(join(root, file)));
}

/** `file:line: what` for every reference in `text` to a document outside the repository. */
export function outsideReferences(file: string, text: string): string[] {
  const found: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    for (const { pattern, what } of OUTSIDE_DOCUMENTS) {
      const match = pattern.exec(line);
      if (match) found.push(`${file}:${index + 1}: ${what}: ${JSON.stringify(match[0])}`);
    }
  });
  return found;
}

/**
 * `file:line: target` for every relative Markdown link (outside code blocks) whose target is outside the
 * repository or does not exist.
 */
export function brokenRelativeLinks(root: string, file: string, text: string): string[] {
  const found: string[] = [];
  let fence: string | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      return;
    }
    if (fence) return;
    for (const [, target = ""] of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      if (/^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith("#")) continue;
      const path = decodeURIComponent(target.split("#")[0] ?? "");
      const resolved = resolve(root, dirname(file), path);
      const inside = relative(root, resolved);
      if (inside.startsWith("..") || isAbsolute(inside) || !existsSync(resolved)) {
        found.push(`${file}:${index + 1}: ${target}`);
      }
    }
  });
  return found;
}

/** Reads a file as text, or undefined when it is binary. */
export function readText(root: string, file: string): string | undefined {
  const bytes = readFileSync(join(root, file));
  return bytes.includes(0) ? undefined : bytes.toString("utf8");
}
