import { describe, expect, it } from "vitest";
import { loadSpec, PROVIDERS } from "./spec-validator.ts";

type Schema = { $ref?: string; description?: string; properties?: Record<string, Schema>; type?: unknown };

/** Every property of every component schema, with whether it (or the schema it references) is described. */
function undescribed(doc: Record<string, unknown>): string[] {
  const schemas = ((doc.components as { schemas?: Record<string, Schema> }).schemas ?? {}) as Record<string, Schema>;
  const described = (s: Schema): boolean =>
    Boolean(s.description) || (s.$ref !== undefined && Boolean(schemas[s.$ref.split("/").pop() ?? ""]?.description));
  const missing: string[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    if (!schema.description) missing.push(name);
    for (const [prop, child] of Object.entries(schema.properties ?? {}))
      if (!described(child)) missing.push(`${name}.${prop}`);
  }
  return missing;
}

describe.each(PROVIDERS)("%s spec", (provider) => {
  const doc = loadSpec(provider);

  it("describes every component schema and every property", () => {
    expect(undescribed(doc)).toEqual([]);
  });

  it("names the documentation page and lists the differences from it", () => {
    const info = doc.info as { description: string };
    // By the page's title, as the provider publishes it (not a file name: the repository holds no copies).
    expect(info.description).toMatch(/Written from [^\n]*documentation page "[^"\n]+"/);
    expect(info.description).toMatch(/## Differences from the documentation\n\n1\. /);
  });

  it("gives every operation a stable operationId, summary, description and tag", () => {
    const paths = doc.paths as Record<string, Record<string, Record<string, unknown>>>;
    for (const item of Object.values(paths)) {
      for (const op of Object.values(item)) {
        expect(op).toMatchObject({
          operationId: expect.any(String),
          summary: expect.any(String),
          description: expect.any(String),
        });
        expect(op.tags).toHaveLength(1);
        expect(Object.keys(op.responses as object)).not.toContain("default");
      }
    }
  });
});
