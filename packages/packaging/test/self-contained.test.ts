import { describe, expect, it } from "vitest";
import { brokenRelativeLinks, outsideReferences, readText, repositoryFiles } from "./outside-references.js";
import { root } from "./published.js";

// Runs on every file a clone has; turbo.json makes every such file an input of this package's tests.
const files = repositoryFiles(root);
const texts = files.flatMap((file) => {
  const text = readText(root, file);
  return text === undefined ? [] : [{ file, text }];
});

describe("the repository is self-contained", () => {
  it("lists the repository's files (a checkout with git)", () => {
    expect(files).toContain("README.md");
    expect(files).toContain("specs/auth0.yaml");
    expect(texts.length).toBeGreaterThan(100);
  });

  it("no file refers to documents outside the repository", () => {
    const found = texts.flatMap((t) => outsideReferences(t.file, t.text));
    expect(found).toEqual([]);
  });

  it("every relative link in a Markdown file leads to a file or folder of the repository", () => {
    const found = texts
      .filter(({ file }) => file.endsWith(".md"))
      .flatMap((t) => brokenRelativeLinks(root, t.file, t.text));
    expect(found).toEqual([]);
  });
});

describe("the check itself", () => {
  it("finds each kind of outside reference, with its file and line", () => {
    const text = [
      "See ../shared/STYLE.md for the house style.",
      "fine line",
      "Evidence: the official SDK model and PROVIDERS.md.",
      "Written from the documentation page `auth0-list-user-sessions.txt`.",
      "  page (in `../shared/api-docs/`)",
    ].join("\n");
    expect(outsideReferences("X.md", text)).toEqual([
      'X.md:1: a path into ../shared: "../shared"',
      'X.md:1: STYLE.md (the house style is docs/style.md): "STYLE.md"',
      'X.md:3: PROVIDERS.md (state the evidence in the spec itself): "PROVIDERS.md"',
      'X.md:4: a copied documentation page (name the provider\'s page by its title and URL): "auth0-list-user-sessions.txt"',
      'X.md:5: a path into ../shared: "../shared"',
      'X.md:5: a path into shared/: "shared/api-docs"',
    ]);
  });

  it("finds relative links that leave the repository or lead nowhere, and ignores code blocks and URLs", () => {
    const text = [
      "[up](../../outside.md) [ok](specs/README.md#tests) [web](https://example.com) [anchor](#x)",
      "```md",
      "[in a block](../nowhere.md)",
      "```",
      "[missing](docs/nothing-here.md)",
    ].join("\n");
    expect(brokenRelativeLinks(root, "README.md", text)).toEqual([
      "README.md:1: ../../outside.md",
      "README.md:5: docs/nothing-here.md",
    ]);
  });
});
