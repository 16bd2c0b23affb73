import { describe, expect, it } from "vitest";
import { validateRequest } from "../src/index.js";

describe("validateRequest", () => {
  const bearer = { authorization: "Bearer t" };

  it("accepts what the clients send", () => {
    expect(
      validateRequest("auth0", {
        method: "GET",
        url: "https://t.auth0.com/api/v2/users/auth0%7Cu/sessions?take=5&from=abc",
        headers: bearer,
      }),
    ).toEqual([]);
    expect(
      validateRequest("zitadel", {
        method: "POST",
        url: "https://z.example/v2/sessions/search",
        headers: bearer,
        body: JSON.stringify({
          query: { offset: "0", limit: 100, asc: true },
          queries: [{ userIdQuery: { id: "1" } }],
        }),
      }),
    ).toEqual([]);
    expect(
      validateRequest("ory-kratos", {
        method: "GET",
        url: "http://127.0.0.1:4434/admin/identities/6f1c1f70-0d5a-4d1f-9a0b-2e6f6b1c2d3e/sessions?active=true",
      }),
    ).toEqual([]);
  });

  it("names each broken parameter", () => {
    const v = validateRequest("ory-kratos", {
      method: "GET",
      url: "https://p.projects.oryapis.com/admin/identities/not-a-uuid/sessions?active=yes&page_size=0&colour=blue",
      headers: bearer,
    });
    expect(v.map((x) => [x.in, x.pointer])).toEqual([
      ["path", "/id"],
      ["query", "/page_size"],
      ["query", "/active"],
      ["query", "/colour"],
    ]);
  });

  it("checks credentials, without ever printing them", () => {
    const v = validateRequest("monocloud", {
      method: "GET",
      url: "https://m.example/api/users/u/sessions",
      headers: {},
    });
    expect(v).toEqual([
      {
        in: "headers",
        pointer: "/authorization",
        message: "no security requirement is met",
        expected: "apiKey",
        actual: "missing credentials",
      },
    ]);
  });

  it("validates the ZITADEL body: one query kind per search query", () => {
    const v = validateRequest("zitadel", {
      method: "POST",
      url: "https://z.example/v2/sessions/search",
      headers: bearer,
      body: JSON.stringify({ query: { offset: "-1" }, queries: [{ userIdQuery: { id: "1" }, idsQuery: { ids: [] } }] }),
    });
    expect(v.map((x) => x.pointer)).toEqual(expect.arrayContaining(["/query/offset", "/queries/0"]));
  });

  it("refuses an unknown operation", () => {
    expect(
      validateRequest("auth0", {
        method: "PUT",
        url: "https://t.auth0.com/api/v2/users/u/sessions",
        headers: bearer,
      })[0],
    ).toMatchObject({ in: "path" });
  });
});
