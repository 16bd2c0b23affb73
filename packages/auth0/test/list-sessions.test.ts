import { json, observedFetch } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import {
  APIConnectionError,
  type Auth0Session,
  AuthenticationError,
  createAuth0Client,
  listSessions,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
} from "../src/index.js";

const session = (id: string): Auth0Session => ({ id, user_id: "auth0|u1", created_at: "2024-01-01T00:00:00Z" });

function clientWith(handler: Parameters<typeof observedFetch>[0]) {
  const fetch = observedFetch(handler);
  const client = createAuth0Client({
    domain: "tenant.eu.auth0.com",
    token: "tok-auth0-TESTSECRET",
    fetch,
    maxRetries: 0,
  });
  return { fetch, client };
}

describe("auth0 listSessions", () => {
  it("follows next as from until it is empty, with the bearer token and take", async () => {
    const pages: Record<string, unknown> = {
      "": { sessions: [session("s1"), session("s2")], next: "c1" },
      c1: { sessions: [session("s3")], next: "c2" },
      c2: { sessions: [], next: "" },
    };
    const { fetch, client } = clientWith((request) => json(pages[new URL(request.url).searchParams.get("from") ?? ""]));
    const ids = (await listSessions(client, { userId: "auth0|u1" }, { pageSize: 2 }).collect()).map((s) => s.id);
    expect(ids).toEqual(["s1", "s2", "s3"]);
    expect(fetch.requests.map((r) => r.url)).toEqual([
      "https://tenant.eu.auth0.com/api/v2/users/auth0%7Cu1/sessions?take=2",
      "https://tenant.eu.auth0.com/api/v2/users/auth0%7Cu1/sessions?take=2&from=c1",
      "https://tenant.eu.auth0.com/api/v2/users/auth0%7Cu1/sessions?take=2&from=c2",
    ]);
    expect(fetch.requests.every((r) => r.headers.get("authorization") === "Bearer tok-auth0-TESTSECRET")).toBe(true);
  });

  it.each([true, false])("sends include_totals=%s, the spec's pass-through parameter, on every page", async (value) => {
    const { fetch, client } = clientWith((request) =>
      json(
        new URL(request.url).searchParams.has("from") ? { sessions: [] } : { sessions: [session("s1")], next: "c1" },
      ),
    );
    await listSessions(client, { userId: "u", include_totals: value }, { pageSize: 5 }).collect();
    expect(fetch.requests.map((r) => r.url)).toEqual([
      `https://tenant.eu.auth0.com/api/v2/users/u/sessions?include_totals=${value}&take=5`,
      `https://tenant.eu.auth0.com/api/v2/users/u/sessions?include_totals=${value}&take=5&from=c1`,
    ]);
  });

  it.each([null, undefined])("stops when next is %s", async (next) => {
    const { fetch, client } = clientWith(() => json({ sessions: [session("s1")], next }));
    expect(await listSessions(client, { userId: "u" }).collect()).toHaveLength(1);
    expect(fetch.requests).toHaveLength(1);
  });

  it.each([{}, { next: "" }, { next: null }])(
    "reads a page without sessions (%j) as empty, as Auth0's schema and SDK do",
    async (body) => {
      const { fetch, client } = clientWith(() => json(body));
      expect(await listSessions(client, { userId: "u" }).collect()).toEqual([]);
      expect(fetch.requests).toHaveLength(1);
    },
  );

  it("keeps session_metadata values of any type as sent (Auth0's schema allows any)", async () => {
    const metadata = { device: "laptop", logins: 3, trusted: true, org: { id: "o" } };
    const { client } = clientWith(() => json({ sessions: [{ id: "s1", session_metadata: metadata }] }));
    const [session] = await listSessions(client, { userId: "u" }).collect();
    expect(session?.session_metadata).toEqual(metadata);
  });

  it("refuses a cursor the server repeats", async () => {
    const { client } = clientWith(() => json({ sessions: [session("s1")], next: "again" }));
    await expect(listSessions(client, { userId: "u" }).collect()).rejects.toBeInstanceOf(PaginationError);
  });

  it.each([
    [
      401,
      AuthenticationError,
      { statusCode: 401, error: "Unauthorized", message: "Invalid token", attributes: { error: "Invalid token" } },
    ],
    [
      403,
      PermissionDeniedError,
      { statusCode: 403, error: "Forbidden", message: "Insufficient scope", errorCode: "insufficient_scope" },
    ],
    [
      429,
      RateLimitError,
      { statusCode: 429, error: "Too Many Requests", message: "Global limit", errorCode: "too_many_requests" },
    ],
  ])("turns %i into %o with Auth0's errorCode and message", async (status, ErrorClass, body) => {
    const { client } = clientWith(() => json(body, { status }));
    const error = await listSessions(client, { userId: "u" })
      .collect()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    // A 401 has no errorCode (only attributes.error): its code is undefined.
    expect(error).toMatchObject({ provider: "auth0", operation: "getUserSessions", status });
    expect((error as { code?: string }).code).toBe("errorCode" in body ? body.errorCode : undefined);
    expect((error as Error).message).toContain(body.message);
  });

  it.each([
    [{ sessions: "none" }, "/sessions"],
    [{ sessions: null }, "/sessions"],
    [[{ id: "s1" }], ""],
    [{ sessions: [], next: 5 }, "/next"],
  ])("rejects the body %j with a ResponseValidationError at %j", async (body, pointer) => {
    const { client } = clientWith(() => json(body));
    const error = await listSessions(client, { userId: "u" })
      .collect()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ pointer, provider: "auth0" });
  });

  it("rejects a body that is not JSON with a ResponseValidationError", async () => {
    const { client } = clientWith(() => new Response("{not json", { headers: { "content-type": "application/json" } }));
    await expect(listSessions(client, { userId: "u" }).collect()).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it("reports a failing fetch as APIConnectionError", async () => {
    const { client } = clientWith(() => Promise.reject(new TypeError("fetch failed")));
    await expect(listSessions(client, { userId: "u" }).collect()).rejects.toBeInstanceOf(APIConnectionError);
  });
});
