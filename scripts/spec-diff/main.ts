/**
 * `pnpm spec:diff`: compares each specs/*.yaml with its version at a base ref, classifies every change
 * for the packages' users (breaking, additive, documentation), prints a changelog and fails when the
 * changesets added on the branch do not bump the provider's package and @idp-sessions/contract far
 * enough. The rules and the report shapes are in docs/spec-diff.md.
 *
 * Written here rather than on a library: `openapi-diff` (Atlassian) reads OpenAPI 3.0 only and does not
 * diff parameters, security or servers; `@useoptic/openapi-utilities` is a structural diff whose
 * breaking-change rules live in Optic's own rulesets; `api-smart-diff` reads 3.1 but has its own rule
 * table, with none for renames or our `x-idp-sessions` fields; oasdiff and openapi-changes are Go
 * binaries. What remains is a walk of two parsed documents, with `$ref`s followed (scripts/spec-diff/*).
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { defaultBase, repoRoot } from "./load.ts";
import { renderMarkdown, renderText } from "./render.ts";
import { renderGithub, renderJson, renderJunit } from "./render-ci.ts";
import { type Report, run } from "./run.ts";

export const EXIT = { ok: 0, bumpShort: 1, usage: 2, failed: 3 } as const;

const FORMATS = {
  text: renderText,
  json: renderJson,
  junit: renderJunit,
  github: renderGithub,
  markdown: renderMarkdown,
};
type Format = keyof typeof FORMATS;

export const HELP = `Usage: pnpm spec:diff [--base <git ref>] [--head <git ref>] [--format text|json|junit|github|markdown] [--output <file>]

Compares each specs/*.yaml with its version at the base ref, classifies every change (breaking, additive,
documentation), prints the changelog, and checks that the changesets added since the base bump each
affected package (packages/<provider> and @idp-sessions/contract) far enough: breaking → major (minor
while the package is 0.x), additive → minor, documentation → patch. Rules: docs/spec-diff.md.

  --base <ref>     what to compare with; default: the merge-base of HEAD with origin/main if that ref
                   exists, else with main
  --head <ref>     compare this commit instead of the working tree
  --format <f>     text (default), json, junit, github (workflow annotations) or markdown
  --output <file>  write the report there instead of stdout

Exit codes: 0 no change, or every affected package bumped enough; 1 a changeset is missing or too small;
2 usage error; 3 could not compare (unknown ref, a spec that is not YAML, a malformed changeset).
`;

export function main(argv: string[], cwd: string, write: (text: string) => void): number {
  let values: { base?: string; head?: string; format?: string; output?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        base: { type: "string" },
        head: { type: "string" },
        format: { type: "string" },
        output: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    write(`spec:diff: ${(error as Error).message}\n\n${HELP}`);
    return EXIT.usage;
  }
  if (values.help) {
    write(HELP);
    return EXIT.ok;
  }
  const format = values.format ?? "text";
  if (!(format in FORMATS)) {
    write(`spec:diff: unknown --format ${format}\n\n${HELP}`);
    return EXIT.usage;
  }
  let report: Report;
  try {
    const root = repoRoot(cwd);
    report = run({
      root,
      base: values.base ?? defaultBase(root),
      ...(values.head === undefined ? {} : { head: values.head }),
    });
  } catch (error) {
    write(`spec:diff: ${(error as Error).message.trim()}\n`);
    return EXIT.failed;
  }
  const text = FORMATS[format as Format](report);
  if (values.output === undefined) write(text);
  else writeFileSync(values.output, text);
  return report.ok ? EXIT.ok : EXIT.bumpShort;
}

if (process.argv[1]?.endsWith("main.ts")) {
  process.exitCode = main(process.argv.slice(2), process.cwd(), (text) => process.stdout.write(text));
}
