import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PROVIDERS } from "./spec-validator.ts";

/**
 * SOURCES.md lists, per spec, the official definitions it was checked against, so that a maintainer can
 * repeat the check when a provider ships a new version. These tests keep every row complete.
 */
const text = readFileSync(new URL("../SOURCES.md", import.meta.url), "utf8");

interface Row {
  source: string;
  repository: string;
  paths: string;
  version: string;
  read: string;
}

function rowsOf(provider: string): Row[] {
  const start = text.indexOf(`\n## ${provider}\n`);
  if (start < 0) return [];
  const end = text.indexOf("\n## ", start + 1);
  const section = text.slice(start, end < 0 ? undefined : end);
  return section
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|\s*-/.test(line) && !/^\|\s*source\s*\|/.test(line))
    .map((line) => {
      const [source = "", repository = "", paths = "", version = "", read = ""] = line
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim());
      return { source, repository, paths, version, read };
    });
}

describe.each(PROVIDERS)("SOURCES.md, %s", (provider) => {
  const rows = rowsOf(provider);

  it("has a section with at least one source", () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  it("names, for every source, an owner/name repository, paths, a version or commit and the date read", () => {
    for (const row of rows) {
      expect(row.source, JSON.stringify(row)).not.toBe("");
      expect(row.repository, JSON.stringify(row)).toMatch(/^`?[\w.-]+\/[\w.-]+`?$/);
      expect(row.paths, JSON.stringify(row)).not.toBe("");
      // A release tag (v26.2.0, 7.1.0) or a commit (at least 7 hex digits), or both.
      expect(row.version, JSON.stringify(row)).toMatch(/\bv?\d+\.\d+(\.\d+)?\b|\b[0-9a-f]{7,40}\b/);
      expect(row.read, JSON.stringify(row)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(row.read))).toBe(false);
    }
  });

  it("is named by the spec's description", () => {
    const spec = readFileSync(new URL(`../${provider}.yaml`, import.meta.url), "utf8");
    expect(spec).toContain("SOURCES.md");
  });
});
