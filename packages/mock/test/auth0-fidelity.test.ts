import { AuthenticationError, createAuth0Client, listSessions } from "@idp-sessions/auth0";
import { afterAll, describe, expect, it } from "vitest";
import { type RevokeFaults, startMockServers } from "../src/index.js";
import { ownServer } from "./own-server.js";
import { specResponse } from "./spec-response.js";

const mock = await startMockServers({ seed: 7, usersPerProvider: 1, sessionsPerUser: 3, providers: ["auth0"] });
afterAll(() => mock.close());
const { auth0 } = mock.providers;
const userId = auth0.users[0]?.userId ?? "";
const get = (query: string, token = auth0.credentials.token ?? "", user = userId) =>
  fetch(`${auth0.baseUrl}/users/${encodeURIComponent(user)}/sessions?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });

describe("the auth0 mock answers errors as Auth0 does (issue 14)", () => {
  it("401: the message again in attributes.error, no errorCode", async () => {
    const response = await get("", "wrong");
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      statusCode: 401,
      error: "Unauthorized",
      message: "Invalid token",
      attributes: { error: "Invalid token" },
    });
    const client = createAuth0Client({ baseUrl: auth0.baseUrl, token: "wrong", maxRetries: 0 });
    const error = await listSessions(client, { userId })
      .collect()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBeUndefined();
  });

  it.each([
    [
      "take=101",
      "'Value 101 is greater than maximum 100' on property take (Number of results per page. Defaults to 50.)",
    ],
    ["take=0", "'Value 0 is less than minimum 1' on property take (Number of results per page. Defaults to 50.)"],
    ["take=many", "'Expected type integer but found type string' on property take"],
    ["include_totals=yes", "'Expected type boolean but found type string' on property include_totals ("],
  ])("400 for %s: Auth0's query validation message and invalid_query_string", async (query, reason) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ statusCode: 400, error: "Bad Request", errorCode: "invalid_query_string" });
    expect(body.message).toContain(`Query validation error: ${reason}`);
    expect(body.message).toMatch(/^Query validation error: '[^']+' on property \w+ \(.+\)\.$/);
  });

  it("404 for an unknown user: inexistent_user; an unknown route has no errorCode", async () => {
    const user = await get("", undefined, "auth0|nobody");
    expect(await user.json()).toEqual({
      statusCode: 404,
      error: "Not Found",
      message: "The user does not exist.",
      errorCode: "inexistent_user",
    });
    const route = await fetch(`${auth0.baseUrl}/users`, {
      headers: { authorization: `Bearer ${auth0.credentials.token}` },
    });
    expect(await route.json()).toEqual({ statusCode: 404, error: "Not Found", message: "Not Found" });
  });
});

async function tenant(revokeFaults: RevokeFaults = {}) {
  const server = await ownServer("auth0", revokeFaults, { seed: 7 });
  const user = server.users[0]?.userId ?? "";
  const call = (method: string, path: string, token = server.credentials.token ?? "", headers = {}) =>
    fetch(`${server.baseUrl}${path}`, { method, headers: { authorization: `Bearer ${token}`, ...headers } });
  const listed = async (userId = user) => {
    const response = await call("GET", `/users/${encodeURIComponent(userId)}/sessions`);
    return ((await specResponse("auth0", "getUserSessions", response)) as { sessions: { id: string }[] }).sessions.map(
      (s) => s.id,
    );
  };
  return { server, user, call, listed, ids: await listed() };
}

describe("the auth0 mock's session operations (issue 16), every answer as the spec describes it", () => {
  it("getSession returns a listed session; revokeSession 202 {} removes it from GET and the listing", async () => {
    const { call, listed, ids } = await tenant();
    const [id = "", ...rest] = ids;
    expect(await specResponse("auth0", "getSession", await call("GET", `/sessions/${id}`))).toMatchObject({ id });
    const revoke = await call("POST", `/sessions/${id}/revoke`);
    expect(revoke.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await specResponse("auth0", "revokeSession", revoke)).toEqual({});
    expect(revoke.status).toBe(202);
    expect(await listed()).toEqual(rest);
    const gone = await call("GET", `/sessions/${id}`);
    expect(await specResponse("auth0", "getSession", gone)).toEqual({
      statusCode: 404,
      error: "Not Found",
      message: "The session does not exist.",
    });
    const again = await call("POST", `/sessions/${id}/revoke`);
    expect(again.status).toBe(404);
    expect(await specResponse("auth0", "revokeSession", again)).toMatchObject({
      message: "The session does not exist.",
    });
  });

  it("deleteSession answers 202 {} for a known, an already deleted and an unknown id", async () => {
    const { call, listed, ids } = await tenant();
    for (const id of [ids[1], ids[1], "ses_never_existed"]) {
      const response = await call("DELETE", `/sessions/${id}`);
      expect(response.status).toBe(202);
      expect(await specResponse("auth0", "deleteSession", response)).toEqual({});
    }
    expect(await listed()).toEqual([ids[0], ids[2]]);
  });

  it("revokeSession refuses an id over 50 characters with a 400 (invalid_uri)", async () => {
    const { call } = await tenant();
    const response = await call("POST", `/sessions/${"s".repeat(51)}/revoke`);
    expect(response.status).toBe(400);
    expect(await specResponse("auth0", "revokeSession", response)).toMatchObject({
      errorCode: "invalid_uri",
      message: expect.stringMatching(
        /^Path validation error: 'String is too long \(51 chars\), maximum 50' on property id/,
      ),
    });
  });

  it("deleteUserSessions ends every session of that user only: 202 also when none is left, 404 for an unknown user", async () => {
    const { server, call, listed, user } = await tenant();
    const other = server.users[1]?.userId ?? "";
    for (let i = 0; i < 2; i++) {
      const response = await call("DELETE", `/users/${encodeURIComponent(user)}/sessions`);
      expect(response.status).toBe(202);
      expect(await specResponse("auth0", "deleteUserSessions", response)).toEqual({});
    }
    expect(await listed()).toEqual([]);
    expect(await listed(other)).toHaveLength(3);
    const unknown = await call("DELETE", "/users/auth0%7Cnobody/sessions");
    expect(await specResponse("auth0", "deleteUserSessions", unknown)).toEqual({
      statusCode: 404,
      error: "Not Found",
      message: "The user does not exist.",
      errorCode: "inexistent_user",
    });
  });

  it("the read-only token reads but gets Auth0's 403 insufficient_scope on every write", async () => {
    const { server, call, listed, ids, user } = await tenant();
    const readOnly = server.readOnlyCredentials?.token ?? "";
    expect(readOnly).not.toBe(server.credentials.token);
    expect((await call("GET", `/sessions/${ids[0]}`, readOnly)).status).toBe(200);
    const writes = [
      ["deleteSession", "DELETE", `/sessions/${ids[0]}`],
      ["revokeSession", "POST", `/sessions/${ids[0]}/revoke`],
      ["deleteUserSessions", "DELETE", `/users/${encodeURIComponent(user)}/sessions`],
    ] as const;
    for (const [operation, method, path] of writes) {
      const response = await call(method, path, readOnly);
      expect(response.status, operation).toBe(403);
      expect(await specResponse("auth0", operation, response)).toEqual({
        statusCode: 403,
        error: "Forbidden",
        message: "Insufficient scope, expected any of: delete:sessions",
        errorCode: "insufficient_scope",
      });
    }
    expect(await listed()).toEqual(ids);
  });

  it("each server keeps its own state: revoking at one leaves another with the same seed untouched", async () => {
    const first = await tenant();
    const second = await tenant();
    expect(second.ids).toEqual(first.ids);
    await first.call("DELETE", `/users/${encodeURIComponent(first.user)}/sessions`);
    expect(await first.listed()).toEqual([]);
    expect(await second.listed()).toEqual(second.ids);
  });
});

describe("the auth0 mock's revoke faults", () => {
  it("a failing session answers its status on every attempt and is not revoked; a bulk delete covering it fails whole", async () => {
    const { server, call, listed, ids, user } = await tenant();
    server.setRevokeFaults({ failing: { [ids[0] ?? ""]: 429 } });
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await call("POST", `/sessions/${ids[0]}/revoke`);
      expect(response.headers.get("retry-after")).toBe("0");
      expect(await specResponse("auth0", "revokeSession", response)).toMatchObject({ errorCode: "too_many_requests" });
    }
    expect((await call("DELETE", `/users/${encodeURIComponent(user)}/sessions`)).status).toBe(429);
    expect(await listed()).toEqual(ids);
    server.setRevokeFaults({});
    expect((await call("POST", `/sessions/${ids[0]}/revoke`)).status).toBe(202);
  });

  it("a survivor is accepted (202) but stays listed; the bulk delete ends all but it", async () => {
    const { call, listed, ids, user } = await tenant();
    const { call: call2, listed: listed2, ids: ids2 } = await tenant({ survivors: [ids[1] ?? ""] });
    expect(ids2).toEqual(ids);
    expect((await call2("POST", `/sessions/${ids[1]}/revoke`)).status).toBe(202);
    expect(await listed2()).toEqual(ids);
    expect((await call2("DELETE", `/users/${encodeURIComponent(user)}/sessions`)).status).toBe(202);
    expect(await listed2()).toEqual([ids[1]]);
    expect((await call("DELETE", `/users/${encodeURIComponent(user)}/sessions`)).status).toBe(202);
    expect(await listed()).toEqual([]);
  });

  it("listedForMs: a deleted session is still listed and found for that long after the 202 (asynchronous)", async () => {
    const { call, listed, ids } = await tenant({ listedForMs: 300 });
    expect((await call("DELETE", `/sessions/${ids[0]}`)).status).toBe(202);
    expect(await listed()).toEqual(ids);
    expect((await call("GET", `/sessions/${ids[0]}`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await listed()).toEqual(ids.slice(1));
    expect((await call("GET", `/sessions/${ids[0]}`)).status).toBe(404);
  });

  it("the x-mock-fault header works on the new routes too", async () => {
    const { call, listed, ids } = await tenant();
    const response = await call("POST", `/sessions/${ids[0]}/revoke`, undefined, { "x-mock-fault": "429=0" });
    expect(response.status).toBe(429);
    expect(await specResponse("auth0", "revokeSession", response)).toMatchObject({ statusCode: 429 });
    expect(await listed()).toEqual(ids);
  });
});
