import type { ServerResponse } from "node:http";
import type { SessionFacts } from "../facts.js";
import { person } from "../facts.js";
import { ROUTES } from "../generated/routes.gen.js";
import { header, type MockRequest, sendJson } from "../http.js";
import { type ProviderContext, type ProviderMock, providerRandom, userSessions } from "../provider.js";
import { chars, digits, hex } from "../random.js";
import { matchRoute } from "../route.js";

/** The instance's MaxQueryLimit and DefaultQueryLimit as ZITADEL ships them. */
const MAX_LIMIT = 1000;
const DEFAULT_LIMIT = 100;
const GRPC: Record<number, number> = { 400: 3, 401: 16, 403: 7, 404: 5, 405: 12, 429: 8, 500: 13, 503: 14 };
const FACTOR: Record<SessionFacts["methods"][number], string> = {
  password: "password",
  federated: "intent",
  passkey: "webAuthN",
  totp: "totp",
  sms: "otpSms",
  email: "otpEmail",
  recovery_code: "recoveryCode",
};

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
const XID = "0123456789abcdefghijklmnopqrstuv";
const DETAIL = "type.googleapis.com/zitadel.v1.ErrorDetail";

type Query = Record<string, Record<string, unknown> | undefined>;
interface Search {
  offset: number;
  limit: number;
  asc: boolean;
  queries: Query[];
}

const iso = (ms: number) => new Date(ms).toISOString();
const b64 = (text: string) => Buffer.from(text).toString("base64");
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

function render(userId: string, userIndex: number, orgId: string, f: SessionFacts, sequence: number) {
  const random = f.random;
  const factors: Record<string, Record<string, unknown>> = {
    user: {
      verifiedAt: iso(f.createdMs),
      id: userId,
      loginName: person(userIndex).email,
      displayName: person(userIndex).name,
      organizationId: orgId,
    },
  };
  f.methods.forEach((m, i) => {
    factors[FACTOR[m]] = {
      verifiedAt: iso(f.authenticatedMs + i * 1000),
      ...(m === "passkey" ? { userVerified: true } : {}),
    };
  });
  return {
    id: digits(random, 18),
    creationDate: iso(f.createdMs),
    changeDate: iso(f.lastActiveMs),
    // uint64 as a string, as the gateway's proto3 JSON mapping writes it.
    sequence: String(sequence),
    factors,
    ...(f.index % 3 === 0 ? { metadata: { device: b64(f.place.city) } } : {}),
    userAgent: {
      fingerprintId: hex(random, 16),
      ip: f.ip,
      description: f.userAgent.includes("iPhone") ? "Safari on iOS" : "Browser",
      header: { "user-agent": { values: [f.userAgent] } },
    },
    // Some sessions are created without a lifetime: they live until terminated, and proto3 omits the field.
    ...(f.index % 7 === 6 ? {} : { expirationDate: iso(f.expiresMs) }),
  };
}

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
function decode(text: string): Search | string {
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
function invalid(queries: Query[]): string | undefined {
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

/** ZITADEL Session Service v2: `POST /v2/sessions/search` with a `userIdQuery`, `offset`/`limit`. */
export function zitadelMock(context: ProviderContext): ProviderMock {
  const random = providerRandom(context, "zitadel");
  const requestIds = providerRandom(context, "zitadel", 1);
  const token = `mock-zitadel-pat-${hex(random, 32)}`;
  const orgId = digits(random, 18);
  const users = Array.from({ length: context.usersPerProvider }, () => ({
    userId: digits(random, 18),
    sessionCount: context.sessionsPerUser,
  }));
  /** A ZITADEL error: `key (id)` with one ErrorDetail; the limit and token errors are sent untranslated. */
  const zitadelError = (status: number, key: string, id: string) => ({
    code: GRPC[status] ?? 2,
    message: `${key} (${id})`,
    details: [{ "@type": DETAIL, id, message: key }],
  });
  /** Any other error (the gateway's, protoc-gen-validate's): a status without details. */
  const plainError = (status: number, message: string) => ({ code: GRPC[status] ?? 2, message });
  const errorBody = (status: number, message?: string) => {
    const known: Record<number, () => unknown> = {
      401: () => zitadelError(401, "Errors.Token.Invalid", "AUTH-7fs1e"),
      403: () => zitadelError(403, "No matching permissions found", "AUTH-5mWD2"),
      404: () => plainError(404, "Not Found"),
      429: () => zitadelError(429, "Errors.Limits.Instance.Blocked", "LIMITS-molsj"),
      500: () => ({
        code: 13,
        message: "db connection error ()",
        details: [{ "@type": DETAIL, message: "db connection error" }],
      }),
    };
    const body =
      message !== undefined ? plainError(status, message) : (known[status]?.() ?? plainError(status, `HTTP ${status}`));
    return { body, contentType: "application/json" };
  };
  const send = (res: ServerResponse, status: number, body: unknown) =>
    sendJson(res, status, body, { "x-request-id": chars(requestIds, XID, 20) });

  return {
    basePath: ROUTES.zitadel.basePath,
    credentials: { token },
    users,
    errorBody,
    handle(request: MockRequest, res: ServerResponse) {
      // The gateway routes, then decodes the body, and only then calls the server, which authenticates,
      // validates (protoc-gen-validate) and runs the search (the instance's limit).
      const route = matchRoute(ROUTES.zitadel, request.method, request.rawPath);
      if ("status" in route && route.status === 404) return send(res, 404, errorBody(404).body);
      if ("status" in route) return send(res, 405, plainError(405, "Method Not Allowed"));
      if (route.operation !== "listSessions") return send(res, 404, errorBody(404).body);
      const search = decode(request.body);
      if (typeof search === "string") return send(res, 400, plainError(400, search));
      if (header(request, "authorization") !== `Bearer ${token}`) return send(res, 401, errorBody(401).body);
      const broken = invalid(search.queries);
      if (broken !== undefined) return send(res, 400, plainError(400, broken));
      // ZITADEL translates the key into the caller's language; the mock sends the key.
      if (search.limit > MAX_LIMIT)
        return send(res, 400, zitadelError(400, "Errors.Query.LimitExceeded", "QUERY-4M0fs"));
      const userQuery = search.queries.find((q) => q.userIdQuery)?.userIdQuery;
      const userIndex = userQuery ? users.findIndex((u) => u.userId === userQuery.id) : -1;
      const timestamp = new Date(context.referenceMs).toISOString();
      // A search that matches nothing is an empty result, not a 404; zero values are omitted.
      if (userIndex === -1) return send(res, 200, { details: { timestamp } });

      const userId = users[userIndex]?.userId ?? "";
      const { count, at } = userSessions(context, "zitadel", userIndex);
      const end = Math.min(count, search.offset + search.limit);
      const sessions = [];
      for (let n = search.offset; n < end; n++) {
        const index = search.asc ? n : count - 1 - n;
        sessions.push(render(userId, userIndex, orgId, at(index), 1000 + index));
      }
      const details = {
        ...(count > 0 ? { totalResult: String(count) } : {}),
        processedSequence: String(1000 + count),
        timestamp,
      };
      send(res, 200, sessions.length > 0 ? { details, sessions } : { details });
    },
  };
}
