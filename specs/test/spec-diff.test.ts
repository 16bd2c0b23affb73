import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compareDocument } from "../../scripts/spec-diff/document.ts";
import { run } from "../../scripts/spec-diff/run.ts";
import { FixtureRepo } from "./spec-diff-repo.ts";
import { RULES } from "./spec-diff-rules.ts";
import { PROVIDERS } from "./spec-validator.ts";

const repo = new FixtureRepo();
afterAll(() => repo.remove());

const BREAKING = RULES.find((r) => r.name === "parameter removed")?.edits ?? [];
const DOCUMENTATION = RULES.find((r) => r.name === "example changed")?.edits ?? [];
const bumps = (report: ReturnType<typeof run>) => report.packages.map((p) => [p.name, p.needs, p.has ?? null, p.ok]);

describe("spec:diff classifies each rule of docs/spec-diff.md (one commit per rule, in a temporary repository)", () => {
  it.each(RULES.map((rule, i) => [rule.name, rule, i] as const))("%s", (_, rule, i) => {
    const report = run({ root: repo.root, base: "main", head: repo.branch(`rule-${i}`, rule.edits) });
    const acme = report.specs.find((s) => s.file === "specs/acme.yaml");
    expect(acme?.changes.map((c) => [c.class, `${c.side}#${c.pointer}`, c.message])).toEqual(rule.expected);
    expect(report.specs.find((s) => s.file === "specs/stable.yaml")?.changes).toEqual([]);
    const top = rule.expected.some((e) => e[0] === "breaking")
      ? "breaking"
      : rule.expected.some((e) => e[0] === "additive")
        ? "additive"
        : "documentation";
    expect(acme?.class).toBe(top);
    const needs = top === "documentation" ? "patch" : "minor"; // 0.x: breaking needs minor
    expect(bumps(report)).toEqual([
      ["@idp-sessions/acme", needs, null, false],
      ["@idp-sessions/contract", needs, null, false],
    ]);
  });
});

describe("spec:diff checks the changesets added since the base against what the changes need", () => {
  it("fails without a changeset, naming both packages and the bump; main's older changesets do not count", () => {
    const report = run({ root: repo.root, base: "main", head: repo.branch("missing", BREAKING) });
    expect(report.changesets).toEqual([]);
    expect(report.ok).toBe(false);
    expect(bumps(report)).toEqual([
      ["@idp-sessions/acme", "minor", null, false],
      ["@idp-sessions/contract", "minor", null, false],
    ]);
  });

  it("fails when a patch is given where a minor is needed", () => {
    const head = repo.branch("patch", BREAKING, {
      fix: '"@idp-sessions/acme": patch\n"@idp-sessions/contract": patch',
    });
    const report = run({ root: repo.root, base: "main", head });
    expect(report.ok).toBe(false);
    expect(bumps(report)).toEqual([
      ["@idp-sessions/acme", "minor", "patch", false],
      ["@idp-sessions/contract", "minor", "patch", false],
    ]);
  });

  it("fails when only the provider's package is bumped (the contract package ships the spec too)", () => {
    const report = run({
      root: repo.root,
      base: "main",
      head: repo.branch("provider-only", BREAKING, { a: '"@idp-sessions/acme": minor' }),
    });
    expect(bumps(report)).toEqual([
      ["@idp-sessions/acme", "minor", "minor", true],
      ["@idp-sessions/contract", "minor", null, false],
    ]);
  });

  it("passes when every affected package is bumped enough, across several changesets", () => {
    const head = repo.branch("enough", BREAKING, {
      a: '"@idp-sessions/acme": minor',
      b: '"@idp-sessions/contract": major\n"@idp-sessions/other": patch',
    });
    const report = run({ root: repo.root, base: "main", head });
    expect(report.changesets).toEqual([".changeset/a.md", ".changeset/b.md"]);
    expect(report.ok).toBe(true);
    expect(bumps(report)).toEqual([
      ["@idp-sessions/acme", "minor", "minor", true],
      ["@idp-sessions/contract", "minor", "major", true],
    ]);
  });

  it("asks a 1.x package for a major bump where a 0.x one needs a minor", () => {
    const releases = '"@idp-sessions/stable": minor\n"@idp-sessions/contract": minor';
    const short = run({
      root: repo.root,
      base: "main",
      head: repo.branch("stable-minor", BREAKING, { s: releases }, "stable"),
    });
    expect(bumps(short)).toEqual([
      ["@idp-sessions/contract", "minor", "minor", true],
      ["@idp-sessions/stable", "major", "minor", false],
    ]);
    const head = repo.branch(
      "stable-major",
      BREAKING,
      { s: releases.replace('stable": minor', 'stable": major') },
      "stable",
    );
    expect(run({ root: repo.root, base: "main", head }).ok).toBe(true);
  });

  it("passes a documentation change with patches; reports no package when no spec changed", () => {
    const docs = repo.branch("docs", DOCUMENTATION, {
      d: '"@idp-sessions/acme": patch\n"@idp-sessions/contract": patch',
    });
    expect(bumps(run({ root: repo.root, base: "main", head: docs }))).toEqual([
      ["@idp-sessions/acme", "patch", "patch", true],
      ["@idp-sessions/contract", "patch", "patch", true],
    ]);
    const none = run({ root: repo.root, base: "main", head: "main" });
    expect([none.ok, none.packages, none.specs.map((s) => s.changes.length)]).toEqual([true, [], [0, 0]]);
  });

  it("takes a changeset that releases nothing (empty front matter), as changesets does", () => {
    repo.branch("empty-changeset", DOCUMENTATION, {
      d: '"@idp-sessions/acme": patch\n"@idp-sessions/contract": patch',
    });
    repo.write(".changeset/empty.md", "---\n---\n\nNothing to release.\n");
    const report = run({ root: repo.root, base: "main" });
    expect([report.changesets, report.ok]).toEqual([[".changeset/d.md", ".changeset/empty.md"], true]);
    repo.git("clean", "-qfd", ".changeset");
  });

  it("refuses a changed spec that no package ships, rather than gating only the contract package", () => {
    const head = repo.branch("no-package", DOCUMENTATION, {}, "ghost");
    expect(() => run({ root: repo.root, base: "main", head })).toThrow(/packages\/ghost\/package\.json: no package/);
  });

  it("without --head, compares the working tree and counts a changeset not committed yet", () => {
    repo.branch("wip", BREAKING);
    expect(run({ root: repo.root, base: "main" }).ok).toBe(false);
    repo.write(".changeset/wip.md", '---\n"@idp-sessions/acme": minor\n"@idp-sessions/contract": minor\n---\n\nWIP.\n');
    const report = run({ root: repo.root, base: "main" });
    expect([report.head, report.changesets, report.ok]).toEqual(["working tree", [".changeset/wip.md"], true]);
    repo.git("clean", "-qfd", ".changeset");
  });
});

describe("spec:diff on this repository's specs", () => {
  it.each(PROVIDERS)("%s: no change against itself; every operation added against nothing", (provider) => {
    const doc = parse(readFileSync(join(import.meta.dirname, `../${provider}.yaml`), "utf8")) as Parameters<
      typeof compareDocument
    >[0];
    expect(compareDocument(doc, structuredClone(doc))).toEqual([]);
    const added = compareDocument({}, doc).filter((c) => c.message.startsWith("operation "));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((c) => c.class === "additive")).toBe(true);
  });
});
