/** The instance's DefaultQueryLimit as ZITADEL ships it. */
const DEFAULT_LIMIT = 100;

/**
 * The search query kinds with their Go names (as protoc-gen-validate's messages spell them) and the rules
 * the v4.13.0 protos state for each: `max_len: 200` on two ids, `defined_only` on the two methods.
 */
const KINDS: Record<string, { go: string; maxLen?: [field: string, goField: string]; method?: true }> = {
  idsQuery: { go: "IdsQuery" },
  userIdQuery: { go: "UserIdQuery" },
  creationDateQuery: { go: "CreationDateQuery", method: true },
  creatorQuery: { go: "CreatorQuery", maxLen: ["id", "Id"] },
  userAgentQuery: { go: "UserAgentQuery", maxLen: ["fingerprintId", "FingerprintId"] },
  expirationDateQuery: { go: "ExpirationDateQuery", method: true },
};
const MAX_LEN = 200;
const METHODS = ["EQUALS", "GREATER", "GREATER_OR_EQUALS", "LESS", "LESS_OR_EQUALS"].map(
  (m) => `TIMESTAMP_QUERY_METHOD_${m}`,
);
const SORTING = ["SESSION_FIELD_NAME_UNSPECIFIED", "SESSION_FIELD_NAME_CREATION_DATE"];

export type Query = Record<string, Record<string, unknown> | undefined>;
export interface Search {
  offset: number;
  limit: number;
  asc: boolean;
  queries: Query[];
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** A proto3 JSON uint64/uint32: a non-negative integer or a string of digits; undefined when it is not one. */
function unsigned(value: unknown, max: number): number | undefined {
  if (value === undefined) return 0;
  const n = typeof value === "string" && /^\d{1,20}$/.test(value) ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= max ? n : undefined;
}

/**
 * What the gateway's JSON decoding (protojson, unknown members discarded) refuses before the call reaches
 * the server: the text is protojson's, only its gist is reproduced here. Returns the search or the message.
 */
export function decode(text: string): Search | string {
  let body: unknown;
  try {
    body = JSON.parse(text || "{}");
  } catch {
    return "proto: syntax error: invalid JSON";
  }
  if (!isObject(body)) return "proto: syntax error: unexpected token, want an object";
  const query = body.query ?? {};
  if (!isObject(query)) return "proto: invalid value for message field query";
  const offset = unsigned(query.offset, Number.MAX_SAFE_INTEGER);
  const limit = unsigned(query.limit, 4294967295);
  if (offset === undefined) return "proto: invalid value for uint64 field offset";
  if (limit === undefined) return "proto: invalid value for uint32 field limit";
  if (query.asc !== undefined && typeof query.asc !== "boolean") return "proto: invalid value for bool field asc";
  if (body.sortingColumn !== undefined && !SORTING.includes(String(body.sortingColumn)))
    return "proto: invalid value for enum field sortingColumn";
  const queries = body.queries ?? [];
  if (!Array.isArray(queries)) return "proto: invalid value for repeated field queries";
  for (const q of queries) {
    if (!isObject(q)) return "proto: invalid value for message field queries";
    const kinds = Object.keys(q).filter((k) => k in KINDS);
    if (kinds.length > 1) return "proto: oneof zitadel.session.v2.SearchQuery.query is already set";
    const inner = kinds[0] === undefined ? undefined : q[kinds[0]];
    if (inner !== undefined && !isObject(inner)) return `proto: invalid value for message field ${kinds[0]}`;
    const method = inner?.method;
    if (method !== undefined && !METHODS.includes(String(method)) && !Number.isInteger(method))
      return "proto: invalid value for enum field method";
  }
  return { offset, limit: limit || DEFAULT_LIMIT, asc: query.asc === true, queries: queries as Query[] };
}

/**
 * protoc-gen-validate's `Validate()` of ListSessionsRequest, run by the server after authentication: the
 * first broken rule, in field order, as its message (`invalid Msg.Field: reason | caused by: ...`).
 */
export function invalid(queries: Query[]): string | undefined {
  for (const [i, q] of queries.entries()) {
    const wrap = (cause: string) =>
      `invalid ListSessionsRequest.Queries[${i}]: embedded message failed validation | caused by: ${cause}`;
    const kind = Object.keys(q).find((k) => k in KINDS);
    const rules = kind === undefined ? undefined : KINDS[kind];
    if (kind === undefined || rules === undefined) return wrap("invalid SearchQuery.Query: value is required");
    const inner = q[kind] ?? {};
    const nested = (cause: string) =>
      wrap(`invalid SearchQuery.${rules.go}: embedded message failed validation | caused by: ${cause}`);
    const [field, goField] = rules.maxLen ?? [];
    const value = field === undefined ? undefined : inner[field];
    if (typeof value === "string" && [...value].length > MAX_LEN)
      return nested(`invalid ${rules.go}.${goField}: value length must be at most ${MAX_LEN} runes`);
    const method = inner.method;
    if (rules.method && typeof method === "number" && (method < 0 || method >= METHODS.length))
      return nested(`invalid ${rules.go}.Method: value must be one of the defined enum values`);
  }
  return undefined;
}

/**
 * What the gateway refuses in DeleteSession's optional body (empty, or an object whose unknown members it
 * drops), or undefined; the other operations have no body.
 */
export function deleteBodyError(operation: string, text: string): string | undefined {
  if (operation !== "deleteSession" || text.trim() === "") return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return "proto: syntax error: invalid JSON";
  }
  if (!isObject(body)) return "proto: syntax error: unexpected token, want an object";
  if (body.sessionToken !== undefined && typeof body.sessionToken !== "string")
    return "proto: invalid value for string field sessionToken";
  return undefined;
}
