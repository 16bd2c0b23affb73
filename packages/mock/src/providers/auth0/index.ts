import type { ServerResponse } from "node:http";
import type { SessionFacts } from "../facts.js";
import { ROUTES } from "../generated/routes.gen.js";
import { decodeCursor, encodeCursor, header, intParam, sendJson } from "../http.js";
import { type ProviderContext, type ProviderMock, providerRandom, userSessions } from "../provider.js";
import { alnum, hex } from "../random.js";
import { matchRoute } from "../route.js";

const TEXT: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};
// Auth0's errorCode per status; a 401 has none and repeats its message in `attributes.error` instead.
const CODES: Record<number, string> = {
  400: "invalid_query_string",
  403: "insufficient_scope",
  404: "inexistent_user",
  429: "too_many_requests",
};
const AMR: Record<SessionFacts["methods"][number], { name: string; type?: string }> = {
  password: { name: "pwd" },
  federated: { name: "federated" },
  passkey: { name: "passkey" },
  totp: { name: "mfa", type: "otp" },
  sms: { name: "sms" },
  email: { name: "email" },
  recovery_code: { name: "mfa", type: "recovery-code" },
};

// Auth0's query validation message: the validator's reason, the property and its description.
const TAKE = "Number of results per page. Defaults to 50.";
const TOTALS =
  "Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).";
const queryError = (reason: string, property: string, description: string) =>
  `Query validation error: '${reason}' on property ${property} (${description}).`;

const iso = (ms: number) => new Date(ms).toISOString();

function render(userId: string, f: SessionFacts) {
  const random = f.random;
  return {
    id: alnum(random, 32),
    user_id: userId,
    created_at: iso(f.createdMs),
    updated_at: iso(f.lastActiveMs),
    authenticated_at: iso(f.authenticatedMs),
    idle_expires_at: iso(f.idleExpiresMs),
    expires_at: iso(f.expiresMs),
    last_interacted_at: iso(f.lastActiveMs),
    device: {
      initial_user_agent: f.userAgent,
      initial_ip: f.ip,
      initial_asn: "64496",
      last_user_agent: f.userAgent,
      last_ip: f.ip,
      last_asn: "64496",
    },
    clients: [{ client_id: f.clientId }],
    authentication: {
      methods: f.methods.map((m, i) => ({ ...AMR[m], timestamp: iso(f.authenticatedMs + i * 1000) })),
    },
    cookie: { mode: f.index % 3 === 0 ? "non-persistent" : "persistent" },
    session_metadata: f.index % 4 === 0 ? { device_name: f.place.city } : null,
  };
}

/** Auth0 Management API v2: `GET /api/v2/users/{user_id}/sessions`, `from`/`take` cursor, bearer token. */
export function auth0Mock(context: ProviderContext): ProviderMock {
  const random = providerRandom(context, "auth0");
  const token = `mock-auth0-token-${hex(random, 24)}`;
  const users = Array.from({ length: context.usersPerProvider }, () => ({
    userId: `auth0|${hex(random, 24)}`,
    sessionCount: context.sessionsPerUser,
  }));
  const errorBody = (status: number, message?: string, errorCode = CODES[status]) => {
    const text = message ?? TEXT[status] ?? "Error";
    return {
      body: {
        statusCode: status,
        error: TEXT[status] ?? "Error",
        message: text,
        ...(errorCode ? { errorCode } : {}),
        ...(status === 401 ? { attributes: { error: text } } : {}),
      },
      contentType: "application/json",
    };
  };
  const fail = (res: ServerResponse, status: number, message: string, errorCode?: string) => {
    const { body } = errorBody(status, message, errorCode);
    sendJson(res, status, body, rateLimitHeaders());
  };
  const rateLimitHeaders = () => ({
    "x-ratelimit-limit": "50",
    "x-ratelimit-remaining": "49",
    "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 1),
  });

  return {
    basePath: ROUTES.auth0.basePath,
    credentials: { token },
    users,
    errorBody,
    handle(request, res) {
      const route = matchRoute(ROUTES.auth0, request.method, request.rawPath);
      // An unknown route (or method) is a 404 without errorCode.
      if (!("operation" in route) || route.operation !== "getUserSessions") return fail(res, 404, "Not Found", "");
      if (header(request, "authorization") !== `Bearer ${token}`) return fail(res, 401, "Invalid token");
      const userIndex = users.findIndex((u) => u.userId === route.params.user_id);
      if (userIndex === -1) return fail(res, 404, "The user does not exist.");
      const take = intParam(request.url, "take") ?? 50;
      if (!Number.isInteger(take) || take < 1 || take > 100) {
        const reason = Number.isNaN(take)
          ? "Expected type integer but found type string"
          : `Value ${take} is ${take < 1 ? "less than minimum 1" : "greater than maximum 100"}`;
        return fail(res, 400, queryError(reason, "take", TAKE));
      }
      const totals = request.url.searchParams.get("include_totals");
      if (totals !== null && totals !== "true" && totals !== "false") {
        return fail(res, 400, queryError("Expected type boolean but found type string", "include_totals", TOTALS));
      }
      const from = request.url.searchParams.get("from");
      const offset = from === null || from === "" ? 0 : decodeCursor("auth0", from);
      // What Auth0 says about a cursor it cannot read is not documented; the mock answers a 400.
      if (offset === undefined) return fail(res, 400, "Query validation error: invalid 'from' cursor.");
      const { count, at } = userSessions(context, "auth0", userIndex);
      const end = Math.min(count, offset + take);
      const sessions = [];
      for (let i = offset; i < end; i++) sessions.push(render(route.params.user_id ?? "", at(i)));
      sendJson(
        res,
        200,
        end < count ? { sessions, next: encodeCursor("auth0", end) } : { sessions },
        rateLimitHeaders(),
      );
    },
  };
}
