import { AuthenticationError, createAuth0Client, listSessions } from "@idp-sessions/auth0";
import { afterAll, describe, expect, it } from "vitest";
import { startMockServers } from "../src/index.js";

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
