import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT, HELP, main } from "../../scripts/spec-diff/main.ts";
import { renderMarkdown } from "../../scripts/spec-diff/render.ts";
import { renderJunit } from "../../scripts/spec-diff/render-ci.ts";
import type { Report } from "../../scripts/spec-diff/run.ts";
import { FixtureRepo } from "./spec-diff-repo.ts";
import { RULES } from "./spec-diff-rules.ts";

const repo = new FixtureRepo();
afterAll(() => repo.remove());
const edits = ["parameter removed", "response property added", "description and summary changed"].flatMap(
  (name) => RULES.find((r) => r.name === name)?.edits ?? [],
);
const head = repo.branch("mixed", edits, { fix: '"@idp-sessions/acme": minor' });
const base = repo.git("rev-parse", "main").trim();

/** Runs `pnpm spec:diff` as main() in the fixture repository: exit code and output, the base's hash replaced. */
function spec(...args: string[]): [number, string] {
  let out = "";
  const code = main(args, repo.root, (text) => {
    out += text;
  });
  return [code, out.replaceAll(base, "<base>").replaceAll(base.slice(0, 12), "<base>")];
}

/** Compares with specs/test/spec-diff/<name>; UPDATE_GOLDEN=1 rewrites it (review the diff before committing). */
function golden(name: string, actual: string): void {
  const file = join(import.meta.dirname, "spec-diff", name);
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

describe("spec:diff's report formats", () => {
  it("text: the changelog and the changesets, against its golden file; exit 1 while a bump is short", () => {
    const [code, out] = spec("--base", "main", "--head", head);
    expect(code).toBe(EXIT.bumpShort);
    golden("report.txt.golden", out);
    expect(out).toContain(
      'FAIL  @idp-sessions/contract@0.0.0 needs minor (breaking), has no changeset: add a changeset with "@idp-sessions/contract": minor',
    );
  });

  it("json: version 1, against its golden file", () => {
    const [, out] = spec("--base", "main", "--head", head, "--format", "json");
    golden("report.json.golden", out);
    const report = JSON.parse(out) as { version: number; ok: boolean; specs: { changes: unknown[] }[] };
    expect([report.version, report.ok, report.specs.map((s) => s.changes.length)]).toEqual([1, false, [4, 0]]);
  });

  it("junit: well-formed XML, a test case per change and per package, the short bump a failure", () => {
    const [, out] = spec("--base", "main", "--head", head, "--format", "junit");
    expect(XMLValidator.validate(out)).toBe(true);
    const xml = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      isArray: (name) => ["testsuite", "testcase"].includes(name),
    }).parse(out);
    const suites = xml.testsuites.testsuite as {
      name: string;
      tests: string;
      failures: string;
      testcase?: { name: string; failure?: { message: string } }[];
    }[];
    expect(suites.map((s) => [s.name, s.tests, s.failures])).toEqual([
      ["specs/acme.yaml", "4", "0"],
      ["specs/stable.yaml", "0", "0"],
      ["changesets", "2", "1"],
    ]);
    expect(xml.testsuites.failures).toBe("1");
    const failed = suites[2]?.testcase?.filter((t) => t.failure !== undefined).map((t) => t.failure?.message);
    expect(failed).toEqual([
      "@idp-sessions/contract@0.0.0 needs a minor bump (breaking change in specs/acme.yaml), has no changeset",
    ]);
  });

  it("github: a ::warning per breaking change, ::notice for the others (with the spec's line), ::error per short bump", () => {
    const [, out] = spec("--base", "main", "--head", head, "--format", "github");
    const lines = out.trimEnd().split("\n");
    expect(
      lines.every((l) => /^::(warning|notice|error) (file=specs\/acme\.yaml(,line=\d+)?,)?title=[^:]+::.+$/.test(l)),
    ).toBe(true);
    const levels = lines.map((l) => l.slice(2, l.indexOf(" ")));
    expect([...levels].sort()).toEqual(["error", "notice", "notice", "notice", "warning"]);
    expect(lines.filter((l) => l.startsWith("::warning"))).toEqual([
      "::warning file=specs/acme.yaml,title=spec%3Adiff breaking::GET /users/{user_id}/sessions: parameter state (query) removed (main:specs/acme.yaml#/paths/~1users~1{user_id}~1sessions/get/parameters/3)",
    ]);
    expect(lines.filter((l) => l.startsWith("::notice")).every((l) => /,line=\d+,/.test(l))).toBe(true);
    expect(lines.at(-1)).toBe(
      '::error title=spec%3Adiff%3A @idp-sessions/contract needs a minor changeset::@idp-sessions/contract@0.0.0 needs minor (breaking change in specs/acme.yaml), has no changeset: add a changeset with "@idp-sessions/contract": minor (pnpm changeset)',
    );
  });

  it("markdown: a table per changed spec and the changesets table", () => {
    const [, out] = spec("--base", "main", "--head", head, "--format", "markdown");
    expect(out).toContain("## spec:diff ❌");
    expect(out).toContain("### `specs/acme.yaml`: breaking");
    expect(out).toContain("| `@idp-sessions/acme@0.3.0` | minor (breaking) | minor (`.changeset/fix.md`) | ok |");
  });
});

describe("spec:diff's command line", () => {
  it("--output writes the report to a file; exit 0 when nothing is short", () => {
    const file = join(repo.root, "out.txt");
    expect(spec("--base", "main", "--head", "main", "--output", file)).toEqual([EXIT.ok, ""]);
    expect(readFileSync(file, "utf8")).toContain("No spec changed.");
  });

  it("--help says what the default base is; a bad option or format is exit 2; an unknown ref or a broken changeset exit 3", () => {
    expect(spec("--help")).toEqual([EXIT.ok, HELP]);
    expect(HELP).toContain("the merge-base of HEAD with origin/main if that ref");
    expect(spec("--format", "xml")[0]).toBe(EXIT.usage);
    expect(spec("--bogus")[0]).toBe(EXIT.usage);
    expect(spec("--base", "no-such-ref")).toEqual([EXIT.failed, expect.stringContaining('no commit "no-such-ref"')]);
    const broken = repo.branch("broken", edits, { bad: '"@idp-sessions/acme": huge' });
    expect(spec("--base", "main", "--head", broken)).toEqual([
      EXIT.failed,
      expect.stringContaining("huge is not major, minor, patch or none"),
    ]);
  });
});

describe("spec:diff's reports escape what a spec author wrote", () => {
  const hostile: Report = {
    base: "main",
    baseCommit: "0".repeat(40),
    head: "pr",
    specs: [
      {
        file: "specs/acme.yaml",
        provider: "acme",
        class: "documentation",
        changes: [{ class: "documentation", side: "head", pointer: "/info/x`y|z", message: "a\u0001b <c> `d` | e\nf" }],
      },
    ],
    changesets: [],
    packages: [],
    ok: true,
  };

  it("JUnit stays well-formed with control characters in a change (shown as \\u0001)", () => {
    const xml = renderJunit(hostile);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain("a\\u0001b &lt;c&gt;");
  });

  it("Markdown keeps each change in its table cell: no raw |, backtick or line break from the text", () => {
    const row = renderMarkdown(hostile)
      .split("\n")
      .find((line) => line.includes("a b"));
    expect(row).toBeDefined();
    expect(row?.match(/(?<!\\)\|/g)?.length).toBe(4); // the three cells' borders only
    expect(row).not.toContain("`d`");
  });
});
