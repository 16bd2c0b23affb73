import { mkdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type CodeBlock, codeBlocks, exampleBlocks, exampleDocuments } from "./markdown-blocks.js";
import { root } from "./published.js";
import { moduleChecker, type Problem } from "./type-check.js";

// The consumer project of global-setup.ts ("type": "module", the tarballs installed with npm), with the
// compiler options the READMEs tell users to have.
const consumer = inject("consumer");
const examples = join(consumer, "examples");
const TSCONFIG = {
  compilerOptions: {
    target: "es2022",
    module: "nodenext",
    moduleResolution: "nodenext",
    strict: true,
    types: ["node"],
    noEmit: true,
    skipLibCheck: true,
    // The CommonJS lines (```js) are checked too: `require` of a .cjs file is typed from the packages' .d.cts.
    allowJs: true,
    checkJs: true,
  },
  include: ["examples"],
};

let check: (file: string) => Problem[] = () => [];
let written = 0;

beforeAll(async () => {
  await mkdir(examples);
  await writeFile(join(consumer, "tsconfig.examples.json"), JSON.stringify(TSCONFIG, null, 2));
  check = moduleChecker(join(consumer, "tsconfig.examples.json"));
});

/** Writes the block as its own file in the consumer project and returns every problem, at its README line. */
async function problemsOf(block: CodeBlock): Promise<string[]> {
  const extension = { ts: "ts", cjs: "cjs", mjs: "mjs" }[block.kind];
  const file = join(examples, `${++written}-${block.file.replace(/[^\w.-]+/g, "_")}-${block.line}.${extension}`);
  await writeFile(file, block.code);
  return check(file).map((p) => {
    const where =
      p.file === file
        ? `${block.file}:${block.line + p.line - 1}:${p.column + block.indent}`
        : `${p.file ? relative(consumer, p.file) : "(no file)"}:${p.line}:${p.column}`;
    return `${where} TS${p.code}: ${p.message}`;
  });
}

const blocks = exampleBlocks(root);

describe("every TypeScript and JavaScript example in the READMEs, in a consumer project", () => {
  it("finds the examples of the root README and of every package README that has one", () => {
    const files = new Set(blocks.filter((b) => b.kind === "ts").map((b) => b.file));
    expect(files).toContain("README.md");
    for (const name of ["core", "auth0", "huawei-identitycenter", "ory-kratos", "monocloud", "zitadel", "normalize"]) {
      expect(files).toContain(`packages/${name}/README.md`);
    }
    expect(exampleDocuments(root)).toContain("CONTRIBUTING.md");
  });

  it.each(blocks.map((block) => [`${block.file}:${block.line}`, block.kind, block] as const))(
    "%s (%s) type-checks on its own (strict, nodenext)",
    async (_, __, block) => {
      expect(await problemsOf(block)).toEqual([]);
    },
  );
});

describe("the check itself", () => {
  const one = (markdown: string) => codeBlocks("BROKEN.md", markdown);

  it("reads blocks with their first code line, in list items too, and tells TypeScript from CommonJS", () => {
    const found = one(
      "# t\n\n```ts\nconst a = 1;\n```\n\n- item\n\n  ```js\n  const b = require('x');\n  ```\n\n```sh\nls\n```\n",
    );
    expect(found.map(({ line, indent, kind, code }) => ({ line, indent, kind, code }))).toEqual([
      { line: 4, indent: 0, kind: "ts", code: "const a = 1;\n" },
      { line: 10, indent: 2, kind: "cjs", code: "const b = require('x');\n" },
    ]);
  });

  it("reports a block that does not compile with its file, line and the TypeScript error", async () => {
    const [block] = one(
      'intro\n\n```ts\nimport { listSessions } from "@idp-sessions/auth0";\n\nlistSessions(client, { userId: "u" });\n```\n',
    );
    expect(block && (await problemsOf(block))).toEqual(["BROKEN.md:6:14 TS2304: Cannot find name 'client'."]);
  });

  it("checks each block as its own module: an augmentation in one is not seen by another", async () => {
    const [augments, uses] = one(
      [
        "```ts",
        'import { type ContractMatchers, contractMatchers } from "@idp-sessions/contract";',
        'import { expect } from "vitest";',
        "expect.extend(contractMatchers);",
        'declare module "vitest" {',
        "  interface Assertion<T> extends ContractMatchers<T> {}",
        "}",
        "```",
        "```ts",
        'import { expect } from "vitest";',
        'expect({ status: 200, body: [] }).toMatchSpec("monocloud");',
        "```",
      ].join("\n"),
    );
    expect(augments && (await problemsOf(augments))).toEqual([]);
    expect(uses && (await problemsOf(uses))).toEqual([
      expect.stringMatching(/^BROKEN\.md:11:\d+ TS2339: Property 'toMatchSpec' does not exist/),
    ]);
  });

  it("checks that the module is an ES module: top-level await needs it, and the project has it", async () => {
    const [block] = one("```ts\nconst wait = await Promise.resolve(1);\nconsole.log(wait);\n```\n");
    expect(block && (await problemsOf(block))).toEqual([]);
    const [cjs] = one("```cjs\nconst wait = await Promise.resolve(1);\n```\n");
    expect(cjs && (await problemsOf(cjs))).toEqual([expect.stringMatching(/^BROKEN\.md:2:\d+ TS1/)]);
  });
});
