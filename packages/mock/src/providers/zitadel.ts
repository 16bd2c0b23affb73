import type { ServerResponse } from "node:http";
import type { SessionFacts } from "../facts.js";
import { person } from "../facts.js";
import { header, type MockRequest, sendJson } from "../http.js";
import { type ProviderContext, type ProviderMock, providerRandom, userSessions } from "../provider.js";
import { digits, hex } from "../random.js";

const MAX_LIMIT = 1000;
const DEFAULT_LIMIT = 100;
const GRPC: Record<number, number> = { 400: 3, 401: 16, 403: 7, 404: 5, 429: 8, 500: 13, 503: 14 };
const FACTOR: Record<SessionFacts["methods"][number], string> = {
  password: "password",
  federated: "intent",
  passkey: "webAuthN",
  totp: "totp",
  sms: "otpSms",
  email: "otpEmail",
  recovery_code: "recoveryCode",
};

interface SearchBody {
  query?: { offset?: unknown; limit?: unknown; asc?: unknown };
  queries?: unknown;
}

const iso = (ms: number) => new Date(ms).toISOString();
const b64 = (text: string) => Buffer.from(text).toString("base64");

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

function uint64(value: unknown): number | undefined {
  if (value === undefined) return 0;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === "string" && /^\d{1,15}$/.test(value)) return Number(value);
  return undefined;
}

/** ZITADEL Session Service v2: `POST /v2/sessions/search` with a `userIdQuery`, `offset`/`limit`. */
export function zitadelMock(context: ProviderContext): ProviderMock {
  const random = providerRandom(context, "zitadel");
  const token = `mock-zitadel-pat-${hex(random, 32)}`;
  const orgId = digits(random, 18);
  const users = Array.from({ length: context.usersPerProvider }, () => ({
    userId: digits(random, 18),
    sessionCount: context.sessionsPerUser,
  }));
  const errorBody = (status: number, message?: string) => {
    const code = GRPC[status] ?? 2;
    const id = `MOCK-${status}`;
    const text = message ?? `Errors.${status}`;
    return {
      body: {
        code,
        message: `${text} (${id})`,
        details: [{ "@type": "type.googleapis.com/zitadel.v1.ErrorDetail", id, message: text }],
      },
      contentType: "application/json",
    };
  };
  const fail = (res: ServerResponse, status: number, message: string) =>
    sendJson(res, status, errorBody(status, message).body);

  return {
    basePath: "",
    credentials: { token },
    users,
    errorBody,
    handle(request: MockRequest, res: ServerResponse) {
      if (request.rawPath !== "/v2/sessions/search") return fail(res, 404, "Not Found");
      if (request.method !== "POST") return fail(res, 404, "Method Not Allowed");
      if (header(request, "authorization") !== `Bearer ${token}`) return fail(res, 401, "Errors.Token.Invalid");
      let body: SearchBody;
      try {
        body = JSON.parse(request.body || "{}") as SearchBody;
      } catch {
        return fail(res, 400, "invalid JSON body");
      }
      const offset = uint64(body.query?.offset);
      const limit = body.query?.limit === undefined ? DEFAULT_LIMIT : uint64(body.query.limit);
      if (offset === undefined || limit === undefined) return fail(res, 400, "invalid query offset or limit");
      if (limit > MAX_LIMIT) return fail(res, 400, "Limit exceeds the maximum");
      const queries = Array.isArray(body.queries) ? (body.queries as Record<string, { id?: unknown }>[]) : [];
      const userQuery = queries.find((q) => q.userIdQuery)?.userIdQuery;
      const userIndex = userQuery ? users.findIndex((u) => u.userId === userQuery.id) : -1;
      const ascending = body.query?.asc === true;
      const timestamp = new Date(context.referenceMs).toISOString();
      // A search that matches nothing is an empty result, not a 404; zero values are omitted.
      if (userIndex === -1) return sendJson(res, 200, { details: { timestamp } });

      const userId = users[userIndex]?.userId ?? "";
      const { count, at } = userSessions(context, "zitadel", userIndex);
      const end = Math.min(count, offset + (limit || DEFAULT_LIMIT));
      const sessions = [];
      for (let n = offset; n < end; n++) {
        const index = ascending ? n : count - 1 - n;
        sessions.push(render(userId, userIndex, orgId, at(index), 1000 + index));
      }
      const details = {
        ...(count > 0 ? { totalResult: String(count) } : {}),
        processedSequence: String(1000 + count),
        timestamp,
      };
      sendJson(res, 200, sessions.length > 0 ? { details, sessions } : { details });
    },
  };
}
