import { type Changeset, readChangesets } from "./changesets.ts";
import { type Bump, bumpFor, bumpRank, type Change, type ChangeClass, sortByClass, strongest } from "./classify.ts";
import { compareDocument } from "./document.ts";
import { commitOf, parseSpec, readAt, specFiles } from "./load.ts";

export interface ReportedChange extends Change {
  /** The line of `pointer` in the spec at `side`. */
  line?: number;
}

export interface SpecReport {
  file: string;
  provider: string;
  /** The strongest class of its changes; absent when it did not change. */
  class?: ChangeClass;
  changes: ReportedChange[];
}

export interface PackageCheck {
  name: string;
  version: string;
  /** The bump the changes need, the class that needs it, and the specs that have it. */
  needs: Bump;
  because: ChangeClass;
  specs: string[];
  /** The strongest bump the branch's changesets give the package, and which files give it. */
  has?: Bump;
  changesets: string[];
  ok: boolean;
}

export interface Report {
  base: string;
  baseCommit: string;
  head: string;
  specs: SpecReport[];
  changesets: string[];
  packages: PackageCheck[];
  ok: boolean;
}

export interface Options {
  root: string;
  base: string;
  /** A ref to compare instead of the working tree. */
  head?: string;
}

const CONTRACT = "packages/contract/package.json";

export function run({ root, base, head }: Options): Report {
  const baseCommit = commitOf(root, base);
  if (head !== undefined) commitOf(root, head);
  const files = [...new Set([...specFiles(root, baseCommit), ...specFiles(root, head)])].sort();
  const specs = files.map((file): SpecReport => {
    const [b, h] = [parseSpec(readAt(root, baseCommit, file), file), parseSpec(readAt(root, head, file), file)];
    const changes = sortByClass(compareDocument(b.doc, h.doc)).map((c) => ({
      ...c,
      line: (c.side === "base" ? b : h).line(c.pointer),
    }));
    const provider = file.replace(/^specs\/|\.yaml$/g, "");
    return { file, provider, ...(changes.length > 0 ? { class: strongest(changes) } : {}), changes };
  });
  const changesets = readChangesets(root, baseCommit, head);
  const packages = specs.flatMap((spec) =>
    spec.class === undefined ? [] : [`packages/${spec.provider}/package.json`, CONTRACT].map((p) => ({ p, spec })),
  );
  const checks = new Map<string, PackageCheck>();
  for (const { p, spec } of packages) {
    const manifest = JSON.parse(readAt(root, head, p) ?? readAt(root, baseCommit, p) ?? "null") as {
      name?: string;
      version?: string;
    } | null;
    if (spec.class === undefined) continue;
    // A spec whose package cannot be found would pass ungated: that is an error, not a silent skip.
    if (manifest?.name === undefined) throw new Error(`${p}: no package (with a name) ships ${spec.file}`);
    const version = manifest.version ?? "0.0.0";
    const check = checks.get(manifest.name) ?? blank(manifest.name, version, changesets);
    const needs = bumpFor(spec.class, version);
    if (bumpRank(needs) > bumpRank(check.needs) || check.specs.length === 0)
      Object.assign(check, { needs, because: spec.class });
    check.specs.push(spec.file);
    check.ok = bumpRank(check.has) >= bumpRank(check.needs);
    checks.set(manifest.name, check);
  }
  const list = [...checks.values()].sort((a, b) => a.name.localeCompare(b.name));
  return {
    base,
    baseCommit,
    head: head ?? "working tree",
    specs,
    changesets: changesets.map((c) => c.file),
    packages: list,
    ok: list.every((c) => c.ok),
  };
}

function blank(name: string, version: string, changesets: Changeset[]): PackageCheck {
  const giving = changesets.filter((c) => c.releases.has(name));
  const has = giving
    .map((c) => c.releases.get(name))
    .reduce<Bump | undefined>((top, bump) => (bumpRank(bump) > bumpRank(top) ? bump : top), undefined);
  return {
    name,
    version,
    needs: "patch",
    because: "documentation",
    specs: [],
    ...(has === undefined ? {} : { has }),
    changesets: giving.map((c) => c.file),
    ok: false,
  };
}
