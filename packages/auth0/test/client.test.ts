import { json, observedFetch } from "@idp-sessions/testing";
import { describe, expect, it, vi } from "vitest";
import { ConfigurationError, createAuth0Client, listSessions } from "../src/index.js";

describe("createAuth0Client", () => {
  it("builds https://{domain}/api/v2, or takes baseUrl as the spec's servers entry writes it", async () => {
    const fetch = observedFetch(() => json({ sessions: [] }));
    await listSessions(createAuth0Client({ domain: "t.us.auth0.com", token: "t0k3n-abc", fetch }), {
      userId: "u",
    }).collect();
    await listSessions(createAuth0Client({ baseUrl: "http://127.0.0.1:9/api/v2", token: "t0k3n-abc", fetch }), {
      userId: "u",
    }).collect();
    expect(fetch.requests.map((r) => r.url)).toEqual([
      "https://t.us.auth0.com/api/v2/users/u/sessions",
      "http://127.0.0.1:9/api/v2/users/u/sessions",
    ]);
  });

  it.each([
    [{ domain: "t.auth0.com" }, /pass token or getToken/],
    [{ token: "x" }, /pass domain or baseUrl/],
    [{ baseUrl: "http://t.auth0.com/api/v2", token: "x" }, /https/],
  ])("refuses %j", (options, message) => {
    expect(() => createAuth0Client(options)).toThrow(ConfigurationError);
    expect(() => createAuth0Client(options)).toThrow(message);
  });

  it("calls getToken again, once, after a 401, and retries with the new token", async () => {
    let n = 0;
    const getToken = vi.fn(async () => `token-${++n}-abcdef`);
    const fetch = observedFetch((request) =>
      request.headers.get("authorization") === "Bearer token-2-abcdef"
        ? json({ sessions: [{ id: "s1" }] })
        : json({ statusCode: 401, error: "Unauthorized", message: "Expired token" }, { status: 401 }),
    );
    const client = createAuth0Client({ domain: "t.auth0.com", getToken, fetch });
    expect(await listSessions(client, { userId: "u" }).collect()).toEqual([{ id: "s1" }]);
    expect(getToken).toHaveBeenCalledTimes(2);
  });

  it("sends the userAgent option", async () => {
    const fetch = observedFetch(() => json({ sessions: [] }));
    const client = createAuth0Client({ domain: "t.auth0.com", token: "x", fetch, userAgent: "my-app/1.0" });
    await listSessions(client, { userId: "u" }).collect();
    expect(fetch.requests[0]?.headers.get("user-agent")).toBe("my-app/1.0");
  });

  it("retries a 429 and honours Retry-After", async () => {
    let calls = 0;
    const fetch = observedFetch(() =>
      ++calls === 1
        ? json(
            { statusCode: 429, error: "Too Many Requests", message: "slow down" },
            { status: 429, headers: { "retry-after": "0" } },
          )
        : json({ sessions: [{ id: "s1" }] }),
    );
    const client = createAuth0Client({ domain: "t.auth0.com", token: "x", fetch });
    expect(await listSessions(client, { userId: "u" }).collect()).toHaveLength(1);
    expect(fetch.requests).toHaveLength(2);
  });
});
