import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { JsonObject } from "../operations.ts";
import { isObject } from "./walk.ts";

/** Reading the repository: a file at a git ref (`git show <ref>:<path>`) or, without a ref, in the working tree. */
export function git(root: string, args: string[]): string {
  return execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

export const repoRoot = (cwd: string): string => git(cwd, ["rev-parse", "--show-toplevel"]).trim();

const exists = (root: string, ref: string): boolean => {
  try {
    git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
};

/** The default base: where this branch left origin/main if that ref exists, else where it left main. */
export function defaultBase(root: string): string {
  const main = exists(root, "origin/main") ? "origin/main" : "main";
  return git(root, ["merge-base", "HEAD", main]).trim();
}

/** The commit a ref names; throws (with git's message) when there is none. */
export function commitOf(root: string, ref: string): string {
  if (!exists(root, ref))
    throw new Error(`no commit ${JSON.stringify(ref)} in ${root} (with actions/checkout, set fetch-depth: 0)`);
  return git(root, ["rev-parse", `${ref}^{commit}`]).trim();
}

/** A file's text at `ref` (undefined: the working tree), or undefined when it is not there. */
export function readAt(root: string, ref: string | undefined, path: string): string | undefined {
  if (ref === undefined) return existsSync(join(root, path)) ? readFileSync(join(root, path), "utf8") : undefined;
  try {
    return git(root, ["show", `${ref}:${path}`]);
  } catch {
    return undefined;
  }
}

/** The specs, `specs/<provider>.yaml`, at `ref` (undefined: the working tree). */
export function specFiles(root: string, ref: string | undefined): string[] {
  const names =
    ref === undefined
      ? existsSync(join(root, "specs"))
        ? readdirSync(join(root, "specs"))
        : []
      : git(root, ["ls-tree", "--name-only", `${ref}:specs`]).split("\n");
  return names.filter((name) => name.endsWith(".yaml")).map((name) => `specs/${name}`);
}

export interface Spec {
  doc: JsonObject;
  /** The 1-based line a JSON pointer's node starts on, when it is in the file. */
  line: (pointer: string) => number | undefined;
}

export function parseSpec(text: string | undefined, file: string): Spec {
  if (text === undefined) return { doc: {}, line: () => undefined };
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter });
  if (document.errors.length > 0) throw new Error(`${file}: not YAML: ${document.errors[0]?.message}`);
  const doc = document.toJS() as unknown;
  if (!isObject(doc as JsonObject)) throw new Error(`${file}: not a YAML mapping`);
  const line = (pointer: string): number | undefined => {
    const path = pointer
      .split("/")
      .slice(1)
      .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
    const node = path.length === 0 ? document.contents : document.getIn(path, true);
    const range = typeof node === "object" && node !== null && "range" in node ? node.range : undefined;
    return Array.isArray(range) && typeof range[0] === "number" ? counter.linePos(range[0]).line : undefined;
  };
  return { doc: doc as JsonObject, line };
}
