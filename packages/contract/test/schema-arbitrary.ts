/**
 * fast-check arbitraries derived from a spec's JSON Schemas (the subset our specs use), so that the
 * property tests generate responses from the specs themselves rather than from hand-written shapes.
 */
import fc from "fast-check";
import type { JsonSchema, OpenApiDocument } from "../src/openapi-document.js";

const MIN = Date.parse("2000-01-01T00:00:00Z");
const MAX = Date.parse("2100-01-01T00:00:00Z");
const dateTime = fc.integer({ min: MIN, max: MAX }).map((ms) => new Date(ms).toISOString());
const base64 = fc.uint8Array({ maxLength: 12 }).map((bytes) => btoa(String.fromCharCode(...bytes)));
const anyJson = fc.oneof(
  fc.constant(null),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string(), fc.integer(), fc.boolean()), { maxKeys: 3 }),
);

export function arbitraryFor(doc: OpenApiDocument, schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.split("/").pop() ?? "";
    return arbitraryFor(doc, doc.components?.schemas?.[name] ?? {}, depth + 1);
  }
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const branches = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (branches) return fc.oneof(...branches.map((b) => arbitraryFor(doc, b, depth + 1)));
  if (Array.isArray(schema.type))
    return fc.oneof(...(schema.type as string[]).map((type) => arbitraryFor(doc, { ...schema, type }, depth)));
  switch (schema.type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer": {
      const min = typeof schema.minimum === "number" ? schema.minimum : -1e6;
      const max = typeof schema.maximum === "number" ? schema.maximum : 2e9;
      return fc.integer({ min, max: Math.min(max, Number.MAX_SAFE_INTEGER) });
    }
    case "number":
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case "string":
      if (schema.format === "date-time") return dateTime;
      if (schema.format === "uuid") return fc.uuid();
      if (schema.contentEncoding === "base64") return base64;
      if (schema.pattern === "^[0-9]+$") return fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map(String);
      return fc.string({ maxLength: 20 });
    case "array":
      return fc.array(arbitraryFor(doc, (schema.items as JsonSchema) ?? {}, depth + 1), {
        maxLength: depth > 4 ? 1 : 3,
      });
    case "object": {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = (schema.required ?? []) as string[];
      const record = fc.record(
        Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, arbitraryFor(doc, v, depth + 1)])),
        { requiredKeys: required },
      );
      const extra = schema.additionalProperties;
      if (extra && typeof extra === "object" && Object.keys(properties).length === 0) {
        const maxKeys = typeof schema.maxProperties === "number" ? schema.maxProperties : 3;
        return fc.dictionary(
          fc.string({ minLength: 1, maxLength: 8 }),
          arbitraryFor(doc, extra as JsonSchema, depth + 1),
          { maxKeys: Math.min(maxKeys, 3) },
        );
      }
      return Object.keys(properties).length === 0 ? fc.constant({}) : record;
    }
    default:
      return anyJson;
  }
}
