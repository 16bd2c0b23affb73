import {
  AuthenticationError,
  createAuth0Client,
  listSessions as listAuth0,
  revokeSession as revokeAuth0,
} from "@idp-sessions/auth0";
import {
  createHuaweiIdentityCenterClient,
  listSessions as listHuawei,
  NotFoundError,
  revokeSession as revokeHuawei,
} from "@idp-sessions/huawei-identitycenter";
import {
  createMonoCloudClient,
  listSessions as listMonoCloud,
  revokeSession as revokeMonoCloud,
} from "@idp-sessions/monocloud";
import {
  createOryKratosClient,
  listSessions as listKratos,
  revokeSession as revokeKratos,
} from "@idp-sessions/ory-kratos";
import {
  createZitadelClient,
  listSessions as listZitadel,
  revokeSession as revokeZitadel,
} from "@idp-sessions/zitadel";
import { afterAll, describe, expect, it } from "vitest";
import { CORS_EXPOSE_HEADERS } from "../src/cors.js";
import { type MockProvider, type ProviderId, startMockServers } from "../src/index.js";

const APP = "http://app.example:5173";
const EVIL = "http://evil.example";

const mock = await startMockServers({ seed: 5, usersPerProvider: 2, sessionsPerUser: 7, cors: { origins: [APP] } });
const open = await startMockServers({ seed: 5, usersPerProvider: 1, sessionsPerUser: 2, cors: true });
const closed = await startMockServers({ seed: 5, usersPerProvider: 1, sessionsPerUser: 2 });
afterAll(() => Promise.all([mock.close(), open.close(), closed.close()]));
const p = mock.providers;

const list = (value: string | null) => (value ?? "").split(",").map((s) => s.trim().toLowerCase());

/** A path on a server: its base URL (with the spec's base path) and the rest. */
const at = (provider: MockProvider, path: string) => `${provider.baseUrl}${path}`;

/** Each provider's listing and revoking routes, with the methods its spec has on each path. */
function routes(providers: Record<ProviderId, MockProvider>) {
  const user = (id: ProviderId) => providers[id].users[0] ?? { userId: "", identityStoreId: "" };
  const huawei = user("huawei-identitycenter");
  const huaweiUser = `/v1/identity-stores/${huawei.identityStoreId}/users/${huawei.userId}/sessions`;
  return [
    ["auth0", "listing", `/users/${encodeURIComponent(user("auth0").userId)}/sessions`, "GET", ["GET", "DELETE"]],
    ["auth0", "revoke", "/sessions/s-1/revoke", "POST", ["POST"]],
    ["auth0", "delete", "/sessions/s-1", "DELETE", ["GET", "DELETE"]],
    ["ory-kratos", "listing", `/admin/identities/${user("ory-kratos").userId}/sessions`, "GET", ["GET", "DELETE"]],
    ["ory-kratos", "revoke", "/admin/sessions/s-1", "DELETE", ["GET", "DELETE"]],
    ["monocloud", "listing", `/users/${user("monocloud").userId}/sessions`, "GET", ["GET"]],
    ["monocloud", "revoke", `/users/${user("monocloud").userId}/sessions/s-1`, "DELETE", ["GET", "DELETE"]],
    ["zitadel", "listing", "/v2/sessions/search", "POST", ["POST", "GET", "DELETE"]],
    ["zitadel", "revoke", "/v2/sessions/s-1", "DELETE", ["GET", "DELETE"]],
    ["huawei-identitycenter", "listing", huaweiUser, "GET", ["GET"]],
    ["huawei-identitycenter", "revoke", `${huaweiUser}/batch-delete`, "POST", ["POST"]],
  ] as const;
}

function preflight(url: string, origin: string, method: string, headers = "authorization, content-type") {
  return fetch(url, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": method, "access-control-request-headers": headers },
  });
}

const SIMPLE_METHODS = ["GET", "HEAD", "POST"];
const SAFELISTED_RESPONSE_HEADERS = [
  "cache-control",
  "content-language",
  "content-length",
  "content-type",
  "expires",
  "last-modified",
  "pragma",
];

function safelistedRequestHeader(name: string, value: string): boolean {
  if (["accept", "accept-language", "content-language"].includes(name)) return true;
  const type = value.split(";")[0]?.trim().toLowerCase() ?? "";
  return (
    name === "content-type" && ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"].includes(type)
  );
}

/**
 * A fetch that does what a browser's does for a page at `origin` calling another origin: a preflight when
 * the method or a header is not simple (checked as a browser checks it), the request with `Origin`, a
 * network error (TypeError) when the answer does not allow the origin, and only the safelisted and exposed
 * response headers visible to the caller.
 */
function browserFetch(origin: string): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const unsafe = [...request.headers]
      .filter(([name, value]) => !safelistedRequestHeader(name, value))
      .map(([n]) => n);
    if (!SIMPLE_METHODS.includes(request.method) || unsafe.length > 0) {
      const answer = await preflight(request.url, origin, request.method, unsafe.join(","));
      await answer.arrayBuffer();
      const methods = list(answer.headers.get("access-control-allow-methods")).map((m) => m.toUpperCase());
      const headers = list(answer.headers.get("access-control-allow-headers"));
      if (
        !answer.ok ||
        answer.headers.get("access-control-allow-origin") !== origin ||
        !(SIMPLE_METHODS.includes(request.method) || methods.includes(request.method)) ||
        !unsafe.every((name) => headers.includes(name))
      ) {
        throw new TypeError(`CORS preflight for ${request.method} ${request.url} refused`);
      }
    }
    const headers = new Headers(request.headers);
    headers.set("origin", origin);
    const response = await fetch(new Request(request, { headers }));
    if (response.headers.get("access-control-allow-origin") !== origin) {
      await response.body?.cancel();
      throw new TypeError(`CORS: ${request.url} does not allow ${origin}`);
    }
    const exposed = list(response.headers.get("access-control-expose-headers"));
    const visible = new Headers();
    for (const [name, value] of response.headers) {
      if (SAFELISTED_RESPONSE_HEADERS.includes(name) || exposed.includes(name)) visible.append(name, value);
    }
    const empty = [101, 204, 205, 304].includes(response.status);
    return new Response(empty ? null : response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: visible,
    });
  };
}

describe("preflight: 204 for each provider's listing and revoking routes, with the methods of the path", () => {
  it.each(routes(p))("%s %s (%s)", async (id, _kind, path, method, methods) => {
    const response = await preflight(at(p[id], path), APP, method);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect(response.headers.get("access-control-allow-origin")).toBe(APP);
    expect(list(response.headers.get("access-control-allow-methods"))).toEqual(methods.map((m) => m.toLowerCase()));
    expect(list(response.headers.get("access-control-allow-headers"))).toEqual(
      expect.arrayContaining(["authorization", "content-type", "x-api-key", "x-sdk-date", "x-security-token"]),
    );
    expect(list(response.headers.get("access-control-allow-headers"))).not.toContain("host");
    expect(response.headers.get("access-control-max-age")).toBe("600");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(list(response.headers.get("vary"))).toContain("origin");
  });

  it("takes no queued fault and is not counted; the request after it gets the fault", async () => {
    const started = await startMockServers({ providers: ["auth0"], sessionsPerUser: 1, cors: true });
    try {
      const auth0 = started.providers.auth0;
      auth0.injectFaults({ kind: "503" });
      const path = at(auth0, `/users/${encodeURIComponent(auth0.users[0]?.userId ?? "")}/sessions`);
      expect((await preflight(path, APP, "GET")).status).toBe(204);
      expect(auth0.requestCount).toBe(0);
      const response = await fetch(path, {
        headers: { origin: APP, authorization: `Bearer ${auth0.credentials.token}` },
      });
      expect(response.status).toBe(503);
      expect(response.headers.get("access-control-allow-origin")).toBe(APP);
      expect(auth0.requestCount).toBe(1);
    } finally {
      await started.close();
    }
  });

  it("a path no operation has is answered as without CORS (the provider's 404), with the origin named", async () => {
    const response = await preflight(at(p.monocloud, "/users/u/session"), APP, "GET");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("problem+json");
    expect(response.headers.get("access-control-allow-origin")).toBe(APP);
    expect(response.headers.get("access-control-allow-methods")).toBeNull();
  });
});

describe("the real clients, through a browser's fetch at an allowed origin: paging, revoking, typed errors", () => {
  const fetch = browserFetch(APP);

  it("auth0: pages by next, revokes one, a wrong token is a 401", async () => {
    const { baseUrl, credentials, users } = p.auth0;
    const client = createAuth0Client({ baseUrl, token: credentials.token, fetch });
    const userId = users[1]?.userId ?? "";
    const sessions = await listAuth0(client, { userId }, { pageSize: 3 }).collect();
    expect(sessions).toHaveLength(7);
    expect(await revokeAuth0(client, { sessionId: sessions[0]?.id ?? "" })).toMatchObject({ outcome: "revoked" });
    expect(await listAuth0(client, { userId }, { pageSize: 3 }).collect()).toHaveLength(6);
    const wrong = createAuth0Client({ baseUrl, token: "wrong", fetch, maxRetries: 0 });
    await expect(listAuth0(wrong, { userId }).collect()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it("ory-kratos: pages by Link with X-Total-Count visible, revokes (disables) one", async () => {
    const { baseUrl, credentials, users } = p["ory-kratos"];
    const client = createOryKratosClient({ baseUrl, token: credentials.token, fetch });
    const identityId = users[1]?.userId ?? "";
    const pages: number[] = [];
    for await (const page of listKratos(client, { identityId }, { pageSize: 3 }).pages()) {
      pages.push(page.items.length);
      expect(page.response.headers.get("x-total-count")).toBe("7");
    }
    expect(pages).toEqual([3, 3, 1]);
    const active = await listKratos(client, { identityId, active: true }).collect();
    const sessionId = active[0]?.id ?? "";
    expect(await revokeKratos(client, { identityId, sessionId })).toMatchObject({ outcome: "revoked" });
    expect(await listKratos(client, { identityId, active: true }).collect()).toHaveLength(active.length - 1);
  });

  it("monocloud: pages by x-pagination, revokes one", async () => {
    const { baseUrl, credentials, users } = p.monocloud;
    const client = createMonoCloudClient({ baseUrl, apiKey: credentials.apiKey, fetch });
    const userId = users[1]?.userId ?? "";
    const sessions = await listMonoCloud(client, { userId }, { pageSize: 3 }).collect();
    expect(sessions).toHaveLength(7);
    const sessionId = sessions[0]?.session_id ?? "";
    expect(await revokeMonoCloud(client, { userId, sessionId })).toMatchObject({ outcome: "revoked" });
    expect(await listMonoCloud(client, { userId }, { pageSize: 3 }).collect()).toHaveLength(6);
  });

  it("zitadel: pages by offset, revokes one", async () => {
    const { baseUrl, credentials, users } = p.zitadel;
    const client = createZitadelClient({ baseUrl, token: credentials.token, fetch });
    const userId = users[1]?.userId ?? "";
    const sessions = await listZitadel(client, { userId }, { pageSize: 3 }).collect();
    expect(sessions).toHaveLength(7);
    expect(await revokeZitadel(client, { userId, sessionId: sessions[0]?.id ?? "" })).toMatchObject({
      outcome: "revoked",
    });
    expect(await listZitadel(client, { userId }).collect()).toHaveLength(6);
  });

  it("huawei-identitycenter: signed requests (the browser's own headers unsigned), revokes one, X-Request-Id on a 404", async () => {
    const { baseUrl, credentials, users } = p["huawei-identitycenter"];
    const { accessKeyId, secretAccessKey } = credentials;
    const client = createHuaweiIdentityCenterClient({ baseUrl, accessKeyId, secretAccessKey, fetch });
    const user = { identityStoreId: users[1]?.identityStoreId ?? "", userId: users[1]?.userId ?? "" };
    const sessions = await listHuawei(client, user).collect();
    expect(sessions).toHaveLength(7);
    const sessionId = sessions[0]?.session_id ?? "";
    expect(await revokeHuawei(client, { ...user, sessionId })).toMatchObject({ outcome: "revoked" });
    expect(await listHuawei(client, user).collect()).toHaveLength(6);
    const missing = listHuawei(client, { ...user, userId: "no-such-user" }).collect();
    const error = await missing.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).requestId).toMatch(/\S/);
  });

  it("with cors off (the default) the same call is refused as a browser refuses it", async () => {
    const { baseUrl, credentials, users } = closed.providers.auth0;
    const client = createAuth0Client({ baseUrl, token: credentials.token, fetch, maxRetries: 0 });
    await expect(listAuth0(client, { userId: users[0]?.userId ?? "" }).collect()).rejects.toThrow(/preflight/);
  });
});

describe("every answer to an allowed origin names it and exposes the headers clients read", () => {
  const auth0List = () => at(p.auth0, `/users/${encodeURIComponent(p.auth0.users[0]?.userId ?? "")}/sessions`);
  const get = (url: string, headers: Record<string, string> = {}) =>
    fetch(url, { headers: { origin: APP, authorization: `Bearer ${p.auth0.credentials.token}`, ...headers } });
  const expectCors = (response: Response) => {
    expect(response.headers.get("access-control-allow-origin")).toBe(APP);
    expect(list(response.headers.get("access-control-expose-headers"))).toEqual([...CORS_EXPOSE_HEADERS]);
    expect(list(response.headers.get("vary"))).toContain("origin");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  };

  it("a normal answer", async () => {
    const response = await get(auth0List());
    expect(response.status).toBe(200);
    expectCors(response);
    // The rate-limit headers Auth0 sends (and the client reads when it waits) are among the exposed ones.
    const rateLimit = [...response.headers.keys()].filter((name) => name.startsWith("x-ratelimit-"));
    expect(rateLimit).toEqual(["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"]);
    expect(list(response.headers.get("access-control-expose-headers"))).toEqual(expect.arrayContaining(rateLimit));
    await response.arrayBuffer();
  });

  it.each([
    ["a 401", { authorization: "Bearer wrong" }, 401],
    ["a 429 fault, with Retry-After", { "x-mock-fault": "429=3" }, 429],
    ["a 500 fault", { "x-mock-fault": "500" }, 500],
    ["a 503 fault", { "x-mock-fault": "503" }, 503],
    ["a malformed body", { "x-mock-fault": "malformed" }, 200],
  ] as const)("%s", async (_name, headers, status) => {
    const response = await get(auth0List(), headers);
    expect(response.status).toBe(status);
    expectCors(response);
    if (status === 429) {
      expect(response.headers.get("retry-after")).toBe("3");
      expect(list(response.headers.get("access-control-expose-headers"))).toContain("retry-after");
    }
    await response.arrayBuffer();
  });

  it("a truncated body: the headers come before it stops", async () => {
    const response = await get(auth0List(), { "x-mock-fault": "truncated" });
    expectCors(response);
    await expect(response.arrayBuffer()).rejects.toThrow();
  });

  it("an unknown route and a revoke fault, at each provider", async () => {
    for (const id of ["huawei-identitycenter", "ory-kratos", "monocloud", "auth0", "zitadel"] as const) {
      const response = await fetch(at(p[id], "/nowhere"), { headers: { origin: APP } });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expectCors(response);
      await response.arrayBuffer();
    }
    const started = await startMockServers({ providers: ["monocloud"], sessionsPerUser: 1, cors: true });
    try {
      const { baseUrl, credentials, users, setRevokeFaults } = started.providers.monocloud;
      setRevokeFaults({ failing: { s: 429 } });
      const response = await fetch(`${baseUrl}/users/${users[0]?.userId}/sessions/s`, {
        method: "DELETE",
        headers: { origin: APP, "x-api-key": credentials.apiKey ?? "" },
      });
      expect(response.status).toBe(429);
      expectCors(response);
      expect(response.headers.get("retry-after")).toBe("0");
      await response.arrayBuffer();
    } finally {
      await started.close();
    }
  });
});

describe("origins", () => {
  it("a disallowed origin gets no CORS headers, on preflights and requests alike", async () => {
    for (const [id, , path, method] of routes(p)) {
      const answer = await preflight(at(p[id], path), EVIL, method);
      expect(answer.status, `${id} ${path}`).not.toBe(204);
      expect([...answer.headers.keys()].filter((name) => name.startsWith("access-control-"))).toEqual([]);
      await answer.arrayBuffer();
    }
    const response = await fetch(at(p.auth0, `/users/${encodeURIComponent(p.auth0.users[0]?.userId ?? "")}/sessions`), {
      headers: { origin: EVIL, authorization: `Bearer ${p.auth0.credentials.token}` },
    });
    expect(response.status).toBe(200);
    expect([...response.headers.keys()].filter((name) => name.startsWith("access-control-"))).toEqual([]);
    await response.arrayBuffer();
    const client = createAuth0Client({
      baseUrl: p.auth0.baseUrl,
      token: p.auth0.credentials.token,
      fetch: browserFetch(EVIL),
      maxRetries: 0,
    });
    await expect(listAuth0(client, { userId: p.auth0.users[0]?.userId ?? "" }).collect()).rejects.toThrow();
  });

  it("cors: true names any origin the request sends (never *), but not the opaque null", async () => {
    const path = at(open.providers.zitadel, "/v2/sessions/search");
    for (const origin of [APP, EVIL, "https://localhost:8443"]) {
      const answer = await preflight(path, origin, "POST");
      expect(answer.status).toBe(204);
      expect(answer.headers.get("access-control-allow-origin")).toBe(origin);
    }
    const opaque = await preflight(path, "null", "POST");
    expect(opaque.headers.get("access-control-allow-origin")).toBeNull();
    await opaque.arrayBuffer();
    const plain = await fetch(path, { method: "POST", body: "{}" });
    expect(plain.headers.get("access-control-allow-origin")).toBeNull();
    await plain.arrayBuffer();
  });

  it("is off by default: no preflight answer, no CORS headers, only the provider's own answers", async () => {
    for (const [id, , path, method] of routes(closed.providers)) {
      const answer = await preflight(at(closed.providers[id], path), APP, method);
      expect(answer.status, `${id} ${path}`).toBeGreaterThanOrEqual(400);
      expect([...answer.headers.keys()].filter((name) => /^access-control-|^vary$/.test(name))).toEqual([]);
      await answer.arrayBuffer();
    }
    const { baseUrl, credentials, users } = closed.providers.monocloud;
    const response = await fetch(`${baseUrl}/users/${users[0]?.userId}/sessions`, {
      headers: { origin: APP, "x-api-key": credentials.apiKey ?? "" },
    });
    expect(response.status).toBe(200);
    expect([...response.headers.keys()].filter((name) => /^access-control-|^vary$/.test(name))).toEqual([]);
    await response.arrayBuffer();
  });

  it("refuses an origins entry that is not an origin, before any server starts", async () => {
    for (const origin of ["*", "http://app.example/", "app.example", "http://app.example/path"]) {
      await expect(startMockServers({ cors: { origins: [origin] } })).rejects.toThrow(TypeError);
    }
  });
});
