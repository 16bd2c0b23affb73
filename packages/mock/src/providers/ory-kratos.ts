import type { ServerResponse } from "node:http";
import type { SessionFacts } from "../facts.js";
import { person } from "../facts.js";
import { decodeCursor, encodeCursor, header, intParam, type MockRequest, segments, sendJson } from "../http.js";
import { type ProviderContext, type ProviderMock, providerRandom, selectIndexes, userSessions } from "../provider.js";
import { hex, uuid } from "../random.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
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

// Kratos writes RFC 3339 with nanoseconds.
const rfc3339 = (ms: number) => new Date(ms).toISOString().replace(/Z$/, "000000Z");

function render(identityId: string, userIndex: number, f: SessionFacts, referenceMs: number) {
  const random = f.random;
  const { email } = person(userIndex);
  // Kratos marks a session inactive once it expires or is revoked.
  const active = f.active && f.expiresMs > referenceMs;
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
      schema_id: "default",
      schema_url: "http://127.0.0.1/schemas/ZGVmYXVsdA",
      state: "active",
      traits: { email },
      metadata_public: null,
      metadata_admin: null,
      organization_id: null,
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
  const errorBody = (status: number, message?: string, reason?: string) => ({
    body: {
      error: {
        code: status,
        status: STATUS[status] ?? "Error",
        message: message ?? STATUS[status] ?? "Error",
        ...(reason ? { reason } : {}),
      },
    },
    contentType: "application/json",
  });
  const fail = (res: ServerResponse, status: number, message: string, reason?: string) =>
    sendJson(res, status, errorBody(status, message, reason).body);

  return {
    basePath: "",
    credentials: context.kratosAuth ? { token } : {},
    users,
    errorBody,
    handle(request: MockRequest, res: ServerResponse) {
      const parts = segments(request.rawPath);
      if (
        request.method !== "GET" ||
        parts.length !== 4 ||
        parts[0] !== "admin" ||
        parts[1] !== "identities" ||
        parts[3] !== "sessions"
      ) {
        return fail(res, 404, "Unable to locate the resource");
      }
      if (context.kratosAuth && header(request, "authorization") !== `Bearer ${token}`) {
        return fail(res, 401, "The request could not be authorized");
      }
      const id = parts[2] ?? "";
      if (!UUID.test(id))
        return fail(
          res,
          400,
          "The request was malformed or contained invalid parameters",
          `invalid UUID: ${id.slice(0, 40)}`,
        );
      const active = request.url.searchParams.get("active");
      if (active !== null && active !== "true" && active !== "false") {
        return fail(
          res,
          400,
          "The request was malformed or contained invalid parameters",
          `could not parse active: ${active.slice(0, 20)}`,
        );
      }
      const size = intParam(request.url, "page_size") ?? intParam(request.url, "per_page") ?? 250;
      if (Number.isNaN(size))
        return fail(res, 400, "The request was malformed or contained invalid parameters", "page_size is not a number");
      const pageSize = Math.min(1000, Math.max(1, size)); // Kratos clamps instead of refusing.
      const tokenParam = request.url.searchParams.get("page_token");
      const start = tokenParam === null ? 0 : decodeCursor("kratos", tokenParam);
      if (start === undefined)
        return fail(res, 400, "The request was malformed or contained invalid parameters", "invalid page_token");
      const userIndex = users.findIndex((u) => u.userId === id);
      if (userIndex === -1) return fail(res, 404, "Unable to locate the resource");

      const { count, at } = userSessions(context, "ory-kratos", userIndex);
      const view = (i: number) => render(id, userIndex, at(i), context.referenceMs);
      const indexes = active === null ? undefined : selectIndexes(count, (i) => view(i).active === (active === "true"));
      const total = indexes?.length ?? count;
      const end = Math.min(total, start + pageSize);
      const sessions = [];
      for (let i = start; i < end; i++) sessions.push(view(indexes ? (indexes[i] ?? 0) : i));

      const link = (offset: number, rel: string) =>
        `</admin/identities/${id}/sessions?page_size=${pageSize}&page_token=${encodeCursor("kratos", offset)}${active === null ? "" : `&active=${active}`}>; rel="${rel}"`;
      const links = [link(0, "first")];
      if (end < total) links.push(link(end, "next"));
      if (start > 0) links.push(link(Math.max(0, start - pageSize), "prev"));
      links.push(link(Math.max(0, Math.floor((total - 1) / pageSize) * pageSize), "last"));
      sendJson(res, 200, sessions, { link: links.join(","), "x-total-count": String(total) });
    },
  };
}
