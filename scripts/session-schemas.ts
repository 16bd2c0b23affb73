/**
 * The schemas a provider's sessions come in, by component name: the listing's items and the get
 * operation's session (x-idp-sessions `items` and `session`), found by walking each operation's 200
 * response schema along the location's path. Kratos' get answers a `SessionLookup` (identity null unless
 * expanded), its listing `Session`s: normalize takes either.
 */
import type { JsonObject } from "./operations.ts";

type Json = JsonObject[string];

const isObject = (value: Json | undefined): value is JsonObject =>
  value !== null && typeof value === "object" && !Array.isArray(value);

const refName = (value: Json | undefined): string | undefined =>
  isObject(value) && typeof value.$ref === "string" ? value.$ref.replace("#/components/schemas/", "") : undefined;

function resolve(doc: JsonObject, value: Json | undefined): JsonObject {
  const name = refName(value);
  const schemas = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  const target = name === undefined ? value : schemas[name];
  return isObject(target) ? (name === undefined ? target : resolve(doc, target)) : {};
}

/** The component name of the schema at `path` inside `schema` (an array's items for the listing). */
function nameAt(doc: JsonObject, schema: Json | undefined, path: readonly string[], items: boolean): string {
  let node = schema;
  for (const key of path) {
    const properties = resolve(doc, node).properties;
    node = isObject(properties) ? properties[key] : undefined;
  }
  if (items) node = resolve(doc, node).items;
  const name = refName(node);
  if (name === undefined) throw new Error(`the session schema at /${path.join("/")} is not a $ref to a component`);
  return name;
}

const METHODS = ["get", "put", "post", "delete", "patch"] as const;

/** The component names of every schema a session of this spec comes in (listing first). */
export function sessionSchemas(doc: JsonObject): string[] {
  const names = new Set<string>();
  for (const item of Object.values(isObject(doc.paths) ? doc.paths : {})) {
    for (const method of METHODS) {
      const op = isObject(item) ? item[method] : undefined;
      const ext = isObject(op) ? op["x-idp-sessions"] : undefined;
      if (!isObject(op) || !isObject(ext)) continue;
      const listing = typeof ext.items === "string";
      const expression = listing ? ext.items : ext.session;
      if (typeof expression !== "string") continue;
      const responses = isObject(op.responses) ? op.responses : {};
      const ok = resolve(doc, responses["200"]);
      const content = isObject(ok.content) ? ok.content["application/json"] : undefined;
      const schema = isObject(content) ? content.schema : undefined;
      const pointer = expression.split("#")[1] ?? "";
      const path = pointer
        .split("/")
        .filter(Boolean)
        .map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
      names.add(nameAt(doc, schema, path, listing));
    }
  }
  return [...names];
}
