/** Headers of a request or response as users have them: a Headers object or a plain record. */
export type HeadersLike = Headers | Record<string, string | string[] | undefined>;

export function headerValue(headers: HeadersLike | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== lower) continue;
    // A plain record from JavaScript may hold anything; a header is text.
    if (Array.isArray(value)) return value.join(", ");
    return value === undefined || typeof value === "string" ? value : String(value);
  }
  return undefined;
}

/** A header or query string as the JSON value its schema types it as (`"3"` as 3, `"true"` as true). */
export function coerce(value: string, schema: { type?: unknown } | undefined): unknown {
  const types = Array.isArray(schema?.type) ? schema.type : [schema?.type];
  if ((types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?$/.test(value.trim()))
    return Number(value);
  if (types.includes("boolean") && (value === "true" || value === "false")) return value === "true";
  return value;
}
