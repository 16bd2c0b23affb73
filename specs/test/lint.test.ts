import { describe, expect, it } from "vitest";
import { lintSpec } from "../../scripts/lint-spec.ts";
import { PROVIDERS, specPath } from "./spec-validator.ts";

const root = new URL("../../", import.meta.url).pathname;

describe("redocly lint (recommended ruleset, warnings fail)", () => {
  it.each(PROVIDERS)("%s lints clean", async (provider) => {
    expect(await lintSpec(root, specPath(provider))).toEqual([]);
  });
});
