import type { ServerResponse } from "node:http";
import type { SessionFacts } from "../facts.js";
import { person } from "../facts.js";
import { ROUTES } from "../generated/routes.gen.js";
import { header, type MockRequest, sendJson } from "../http.js";
import { type ProviderContext, type ProviderMock, providerRandom, selectIndexes, userSessions } from "../provider.js";
import { hex, uuid } from "../random.js";
import { matchRoute } from "../route.js";

// The texts of herodot v0.10.8's default errors (error_defaults.go) and of ory/x sqlcon.ErrNoRows, which
// Kratos v26.2.0 writes as `{error: {code, status, message}}`. 429 and 503 come from Ory Network's edge,
// whose texts are not published: the status text stands in.
const ERRORS: Record<number, [status: string, message: string]> = {
  400: ["Bad Request", "The request was malformed or contained invalid parameters"],
  401: ["Unauthorized", "The request could not be authorized"],
  403: ["Forbidden", "The requested action was forbidden"],
  404: ["Not Found", "Unable to locate the resource"],
  429: ["Too Many Requests", "Too Many Requests"],
  500: ["Internal Server Error", "An internal server error occurred, please contact the system administrator"],
  503: ["Service Unavailable", "Service Unavailable"],
};
const METHOD: Record<SessionFacts["methods"][number], string> = {
  password: "password",
  federated: "oidc",
  passkey: "passkey",
  totp: "totp",
  sms: "code",
  email: "code",
  recovery_code: "lookup_secret",
};
const PARSE_BOOL: Record<string, boolean> = { 1: true, t: true, T: true, TRUE: true, true: true, True: true };
for (const no of ["0", "f", "F", "FALSE", "false", "False"]) PARSE_BOOL[no] = false;

// Kratos writes RFC 3339 with nanoseconds.
const rfc3339 = (ms: number) => new Date(ms).toISOString().replace(/Z$/, "000000Z");

/** gofrs/uuid v4.4.0 `FromString` (codec.go): the id in canonical form, or its error text. */
function parseUuid(text: string): { id: string } | { error: string } {
  const bad = (what: string) => ({ error: `uuid: incorrect UUID format in string ${JSON.stringify(what)}` });
  let s = text;
  const length = Buffer.byteLength(text);
  if (length === 34 || length === 38) {
    if (!s.startsWith("{") || !s.endsWith("}")) return bad(s);
    s = s.slice(1, -1);
  } else if (length === 41 || length === 45) {
    if (!s.startsWith("urn:uuid:")) return bad(s.slice(0, 9));
    s = s.slice(9);
  } else if (length !== 32 && length !== 36) {
    return { error: `uuid: incorrect UUID length ${length} in string ${JSON.stringify(s)}` };
  }
  if (s.length === 36 && (s[8] !== "-" || s[13] !== "-" || s[18] !== "-" || s[23] !== "-")) return bad(s);
  const digits = s.length === 36 ? s.replace(/-/g, "") : s;
  if (!/^[0-9a-f]{32}$/i.test(digits)) return { error: "uuid: invalid UUID format" };
  const d = digits.toLowerCase();
  return { id: `${d.slice(0, 8)}-${d.slice(8, 12)}-${d.slice(12, 16)}-${d.slice(16, 20)}-${d.slice(20)}` };
}

/** Go's strconv.ParseInt(s, 10, 0): undefined for anything it refuses. */
function goInt(value: string | null): number | undefined {
  if (value === null || !/^[+-]?\d+$/.test(value)) return undefined;
  const n = Number(value);
  return Math.abs(n) < 2 ** 63 ? n : undefined;
}

/** ory/x tokenpagination (Kratos v26.2.0 oryx/): base64url, unpadded, of `{"offset":"N","v":2}`. */
const encodeToken = (offset: number) => Buffer.from(`{"offset":"${offset}","v":2}`).toString("base64url");

/** Kratos ignores a token it cannot read (offset 0); gjson reads `offset` as a string or a number. */
function decodeToken(token: string): number {
  if (!/^[A-Za-z0-9_-]*$/.test(token)) return 0;
  try {
    const offset: unknown = (JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as { offset?: unknown })
      ?.offset;
    if (typeof offset === "number") return Number.isSafeInteger(Math.trunc(offset)) ? Math.trunc(offset) : 0;
    return typeof offset === "string" ? (goInt(offset) ?? 0) : 0;
  } catch {
    return 0;
  }
}

/**
 * ory/x migrationpagination.ParsePagination: `page_token`/`page_size` when either is present, else the
 * legacy `page`/`per_page`. Nothing is refused: unreadable values fall back to the defaults (page 0, 250
 * per page) and the page size is clamped to 1..1000.
 */
function parsePagination(query: URLSearchParams): { page: number; perPage: number } {
  const token = query.has("page_token") || query.has("page_size");
  const perPage = Math.min(1000, Math.max(1, goInt(query.get(token ? "page_size" : "per_page")) ?? 250));
  if (!token) return { page: Math.max(0, goInt(query.get("page")) ?? 0), perPage };
  const offset = decodeToken(query.get("page_token") ?? "");
  return { page: offset > 0 ? Math.trunc(offset / perPage) : 0, perPage };
}

/** Go's url.Values.Encode: keys sorted, QueryEscape (space as `+`, only `A-Za-z0-9-_.~` left as they are). */
function goEncode(query: URLSearchParams): string {
  const queryEscape = (s: string) =>
    encodeURIComponent(s)
      .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
      .replace(/%20/g, "+");
  const keys = [...new Set(query.keys())].sort();
  return keys.flatMap((key) => query.getAll(key).map((value) => `${queryEscape(key)}=${queryEscape(value)}`)).join("&");
}

/**
 * The `Link` header exactly as ory/x pagination.HeaderWithFormatter writes it with migrationpagination's
 * formatter (Kratos v26.2.0 `x.PaginationHeader`): the request URL with `page`, `page_size`, `page_token`
 * and `per_page` set. The first of several pages has no `first`; a single page has only `first` (with
 * `page_size` = the total); the last page has `first` and `prev`; and a listing with no sessions at all
 * has `first`, `next` and `prev` (the `prev` offset negative), so following `next` never stops there.
 */
function kratosLink(rawPath: string, query: URLSearchParams, total: number, page: number, perPage: number) {
  const link = (rel: string, size: number, offset: number) => {
    const q = new URLSearchParams(query);
    q.set("page_size", String(size));
    q.set("page_token", encodeToken(offset));
    q.set("per_page", String(size));
    q.set("page", String(Math.trunc(offset / size)));
    return `<${rawPath}?${goEncode(q)}>; rel="${rel}"`;
  };
  const offset = page * perPage;
  const lastOffset = total % perPage === 0 ? total - perPage : Math.trunc(total / perPage) * perPage;
  if (offset >= lastOffset) {
    if (total === 0) {
      return [
        link("first", perPage, 0),
        link("next", perPage, offset + perPage),
        link("prev", perPage, offset - perPage),
      ];
    }
    if (total <= perPage) return [link("first", total, 0)];
    return [link("first", perPage, 0), link("prev", perPage, lastOffset - perPage)];
  }
  if (offset < perPage) return [link("next", perPage, perPage), link("last", perPage, lastOffset)];
  return [
    link("first", perPage, 0),
    link("next", perPage, offset + perPage),
    link("prev", perPage, offset - perPage),
    link("last", perPage, lastOffset),
  ];
}

function render(identityId: string, userIndex: number, f: SessionFacts, context: ProviderContext) {
  const random = f.random;
  const { email } = person(userIndex);
  // Kratos marks a session inactive once it expires or is revoked.
  const active = f.active && f.expiresMs > context.referenceMs;
  return {
    id: uuid(random),
    active,
    expires_at: rfc3339(f.expiresMs),
    authenticated_at: rfc3339(f.authenticatedMs),
    authenticator_assurance_level: f.methods.length > 1 ? "aal2" : "aal1",
    authentication_methods: f.methods.map((m, i) => ({
      method: METHOD[m],
      aal: i === 0 ? "aal1" : "aal2",
      completed_at: rfc3339(f.authenticatedMs + i * 1000),
      ...(m === "federated" ? { provider: "google" } : {}),
    })),
    issued_at: rfc3339(f.createdMs),
    identity: {
      id: identityId,
      // Sent only when set (`json:"external_id,omitempty"`): every other identity has one here.
      ...(userIndex % 2 === 0 ? { external_id: `crm-${String(userIndex).padStart(4, "0")}` } : {}),
      schema_id: "default",
      schema_url: "http://127.0.0.1/schemas/ZGVmYXVsdA",
      state: "active",
      traits: { email },
      metadata_public: null,
      metadata_admin: null,
      organization_id: null,
      // Ory Network names the identity's home region; a self-hosted Kratos sends none (omitempty).
      ...(context.kratosAuth ? { region: "eu-central" } : {}),
      created_at: "2024-01-02T10:00:00Z",
      updated_at: "2024-01-02T10:00:00Z",
    },
    devices: [
      {
        id: uuid(random),
        ip_address: f.index % 5 === 4 ? null : f.ip,
        user_agent: f.userAgent,
        location: f.index % 5 === 4 ? null : `${f.place.city}, ${f.place.countryCode}`,
      },
    ],
  };
}

/** Kratos admin API: `GET /admin/identities/{id}/sessions`, `page_size`/`page_token`, `Link` header. */
export function oryKratosMock(context: ProviderContext): ProviderMock {
  const random = providerRandom(context, "ory-kratos");
  const token = `ory_pat_mock${hex(random, 24)}`;
  const users = Array.from({ length: context.usersPerProvider }, () => ({
    userId: uuid(random),
    sessionCount: context.sessionsPerUser,
  }));
  // herodot's envelope; `request` echoes the request's X-Request-ID header (herodot json.go).
  const errorBody = (status: number, message?: string, requestId?: string) => {
    const [text, defaultMessage] = ERRORS[status] ?? ["Error", "Error"];
    return {
      body: {
        error: {
          code: status,
          status: text,
          ...(requestId ? { request: requestId } : {}),
          message: message ?? defaultMessage,
        },
      },
      contentType: "application/json",
    };
  };

  return {
    basePath: ROUTES["ory-kratos"].basePath,
    credentials: context.kratosAuth ? { token } : {},
    users,
    errorBody,
    handle(request: MockRequest, res: ServerResponse) {
      const fail = (status: number, message?: string) =>
        sendJson(res, status, errorBody(status, message, header(request, "x-request-id")).body);
      const route = matchRoute(ROUTES["ory-kratos"], request.method, request.rawPath);
      if (!("operation" in route) || route.operation !== "listIdentitySessions") {
        return fail(404);
      }
      if (context.kratosAuth && header(request, "authorization") !== `Bearer ${token}`) return fail(401);
      // session/handler.go listIdentitySessions: herodot.ErrBadRequest.WithError(<uuid error>) (its
      // WithDebug("could not parse UUID") is not sent: debug is off), then the `active` check.
      const parsed = parseUuid(route.params.id ?? "");
      if ("error" in parsed) return fail(400, parsed.error);
      const query = request.url.searchParams;
      const activeRaw = query.get("active") ?? "";
      const active = activeRaw === "" ? undefined : PARSE_BOOL[activeRaw];
      if (activeRaw !== "" && active === undefined) return fail(400, "could not parse parameter active");
      const userIndex = users.findIndex((u) => u.userId === parsed.id);
      // Kratos v26.2.0 does not look the identity up: an unknown one has no sessions (200, [], and the
      // Link header of an empty listing).
      const { page, perPage } = parsePagination(query);
      if (userIndex === -1) {
        const headers = { link: kratosLink(request.rawPath, query, 0, page, perPage).join(","), "x-total-count": "0" };
        return sendJson(res, 200, [], headers, "application/json; charset=utf-8");
      }
      const { count, at } = userSessions(context, "ory-kratos", userIndex);
      const view = (i: number) => render(parsed.id, userIndex, at(i), context);
      const indexes = active === undefined ? undefined : selectIndexes(count, (i) => view(i).active === active);
      const total = indexes?.length ?? count;
      // Kratos reads the page at pop's offset (page - 1) * perPage, so page 0 and page 1 are the same
      // (ory/kratos#3883); the mock serves page * perPage, the offset its own Link header names.
      const start = page * perPage;
      const sessions = [];
      for (let i = start; i < Math.min(total, start + perPage); i++) {
        sessions.push(view(indexes ? (indexes[i] ?? 0) : i));
      }
      sendJson(
        res,
        200,
        sessions,
        {
          link: kratosLink(request.rawPath, query, total, page, perPage).join(","),
          "x-total-count": String(total),
        },
        "application/json; charset=utf-8",
      );
    },
  };
}
