import { describe, expect, it } from "vitest";
import { at, compileAt, createSpecAjv, exampleCases, loadSpec, PROVIDERS, violations } from "./spec-validator.ts";

describe.each(PROVIDERS)("%s spec examples", (provider) => {
  const doc = loadSpec(provider);
  const spec = createSpecAjv(provider, doc);
  const cases = exampleCases(doc);

  it("has examples for the success response and every error status that has a body", () => {
    const responses = cases.filter(
      (c) => c.example.includes("/responses/") || c.example.includes("#/components/responses/"),
    );
    expect(responses.length).toBeGreaterThanOrEqual(Object.keys(at(doc, "#/paths") as object).length);
    const paths = at(doc, "#/paths") as Record<string, Record<string, { responses: Record<string, unknown> }>>;
    for (const item of Object.values(paths)) {
      for (const op of Object.values(item)) {
        for (const status of Object.keys(op.responses)) {
          const response = op.responses[status] as { $ref?: string; content?: unknown };
          const ref = response.$ref;
          // A response without a body (204, Huawei's bodiless 200) has no example to give.
          if (!ref && response.content === undefined) continue;
          const needle = ref ? ref.replace(/^#/, "") : `/responses/${status}/`;
          expect(
            cases.some((c) => c.example.includes(needle)),
            `an example for ${status}`,
          ).toBe(true);
        }
      }
    }
  });

  it.each(cases.map((c) => [c.example, c]))("%s validates", (_name, c) => {
    const validate = compileAt(spec, c.schema);
    const value = at(doc, c.example);
    const ok = validate(value);
    expect(violations(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });
});
