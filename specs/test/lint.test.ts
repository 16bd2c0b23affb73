import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintSpec, lintSpecs } from "../../scripts/lint-spec.ts";
import { PROVIDERS, specPath } from "./spec-validator.ts";

const root = new URL("../../", import.meta.url).pathname;

describe("redocly lint (recommended ruleset, warnings fail)", () => {
  it.each(PROVIDERS)("%s lints clean", async (provider) => {
    expect(await lintSpec(root, specPath(provider))).toEqual([]);
  });

  it("reports a broken spec as file:line:col severity rule: message, one line per problem", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "spec-")), "broken.yaml");
    writeFileSync(
      file,
      "openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\npaths:\n  /x:\n    get:\n      responses:\n        '200':\n          description: ok\n",
    );
    const problems = await lintSpec(root, file);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /broken\.yaml:7:5 error operation-summary: Operation object should contain `summary` field\.$/,
      ),
    );
    expect(problems).toContainEqual(expect.stringMatching(/broken\.yaml:2:1 (error|warning) info-license/));
    expect(problems.filter((line) => !/broken\.yaml:\d+:\d+ (error|warning) [A-Za-z0-9-]+: /.test(line))).toEqual([]);
  });

  it("lints several specs in one process and names the file of each problem", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spec-"));
    const broken = join(dir, "broken.yaml");
    writeFileSync(broken, "openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\npaths: {}\n");
    const problems = await lintSpecs(root, [specPath("auth0"), broken, specPath("zitadel")]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((line) => !/broken\.yaml:\d+:\d+ (error|warning) [A-Za-z0-9-]+: /.test(line))).toEqual([]);
    expect(problems).toContainEqual(expect.stringMatching(/broken\.yaml:2:1 (error|warning) info-license/));
  });
});
