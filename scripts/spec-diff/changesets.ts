import { parse } from "yaml";
import type { Bump } from "./classify.ts";
import { git, readAt } from "./load.ts";

/**
 * The changesets on the branch: `.changeset/*.md` files added since the base (committed, and without a
 * head ref also those not committed yet), read from their front matter (`"<package>": minor`) with the
 * `yaml` package (@changesets/parse is not a dependency of the workspace root; the format is that small).
 */
export interface Changeset {
  file: string;
  releases: Map<string, Bump>;
}

export function addedChangesets(root: string, base: string, head: string | undefined): string[] {
  const range = head === undefined ? [base] : [base, head];
  const committed = git(root, ["diff", "--name-only", "--diff-filter=A", ...range, "--", ".changeset"]);
  const untracked =
    head === undefined ? git(root, ["ls-files", "--others", "--exclude-standard", "--", ".changeset"]) : "";
  const files = `${committed}\n${untracked}`.split("\n").filter((f) => /^\.changeset\/[^/]+\.md$/.test(f));
  return [...new Set(files)].filter((f) => f !== ".changeset/README.md").sort();
}

export function parseChangeset(file: string, text: string): Changeset {
  // An empty front matter (`---` then `---`, a changeset that releases nothing) is valid, as for changesets.
  const front = /^---\r?\n([\s\S]*?)^---/m.exec(text)?.[1];
  if (front === undefined) throw new Error(`${file}: no front matter (---) listing packages and bumps`);
  const data: unknown = parse(front) ?? {};
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new Error(`${file}: front matter is not a mapping`);
  const releases = new Map<string, Bump>();
  for (const [name, bump] of Object.entries(data)) {
    if (bump === "none") continue;
    if (bump !== "major" && bump !== "minor" && bump !== "patch")
      throw new Error(`${file}: ${name}: ${String(bump)} is not major, minor, patch or none`);
    releases.set(name, bump);
  }
  return { file, releases };
}

export function readChangesets(root: string, base: string, head: string | undefined): Changeset[] {
  return addedChangesets(root, base, head).map((file) => parseChangeset(file, readAt(root, head, file) ?? ""));
}
