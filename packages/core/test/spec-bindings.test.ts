import { describe, expect, it } from "vitest";
import {
  ConfigurationError,
  type ErrorsDescriptor,
  idAt,
  nextCursor,
  PaginationError,
  type PagingBinding,
  pageItems,
  pagingQuery,
  passThroughQuery,
  ResponseValidationError,
  type SecurityDescriptor,
  serverBaseUrl,
  specApiKeyAuth,
  specAuth,
  specBearerAuth,
  specErrors,
} from "../src/internal.js";

const context = { provider: "acme", operation: "listSessions" };
const SERVERS = [
  { url: "https://{tenant}.example.com/api", variables: { tenant: "domain" } },
  { url: "http://127.0.0.1:4434", variables: {} },
] as const;

describe("serverBaseUrl: the spec's servers and the option that fills each variable", () => {
  it("fills the template from the option, checked as a host label", () => {
    expect(serverBaseUrl(context, SERVERS, undefined, { domain: "Tenant-1" })).toBe("https://tenant-1.example.com/api");
    expect(() => serverBaseUrl(context, SERVERS, undefined, { domain: "evil.com/x?" })).toThrow(
      'domain must be a bare host name such as "example.com", got "evil.com/x?"',
    );
  });

  it("takes baseUrl instead, never both, and names the options when neither is given", () => {
    expect(serverBaseUrl(context, SERVERS, "https://api.example/v2/", {})).toBe("https://api.example/v2");
    expect(() => serverBaseUrl(context, SERVERS, "https://a.example", { domain: "t" })).toThrow(
      "pass either domain or baseUrl, not both",
    );
    expect(() => serverBaseUrl(context, SERVERS, undefined, {})).toThrow(ConfigurationError);
    expect(() => serverBaseUrl(context, SERVERS, undefined, {})).toThrow("pass domain or baseUrl");
  });
});

describe("specAuth: the spec's security from the caller's credentials", () => {
  const bearer: SecurityDescriptor = { optional: false, schemes: [{ name: "b", type: "http", scheme: "bearer" }] };
  const apiKey: SecurityDescriptor = {
    optional: false,
    schemes: [{ name: "k", type: "apiKey", in: "header", header: "X-Api-Token" }],
  };

  it("sends a bearer token, or an API key under the header the spec names", async () => {
    const a = await specAuth(context, bearer, { token: "t0k" })?.authenticate(new Request("https://x.example"));
    expect(a?.headers.get("authorization")).toBe("Bearer t0k");
    const b = await specAuth(context, apiKey, { apiKey: "k3y" })?.authenticate(new Request("https://x.example"));
    expect(b?.headers.get("x-api-token")).toBe("k3y");
  });

  it("refuses a per-scheme binding the spec no longer declares (the client must follow the spec)", () => {
    expect(() => specBearerAuth(context, apiKey, { token: "t" })).toThrow(
      "the spec's security declares no http scheme of type bearer",
    );
    expect(() => specApiKeyAuth(context, bearer, { apiKey: "k" })).toThrow("the spec declares no API-key header");
  });

  it("is optional only where the spec allows no authentication", () => {
    expect(specAuth(context, { ...bearer, optional: true }, {})).toBeUndefined();
    expect(() => specAuth(context, bearer, {})).toThrow("pass token or getToken");
    expect(() => specAuth(context, apiKey, {})).toThrow("pass apiKey");
  });
});

describe("specErrors: the error fields the spec names", () => {
  const errors: ErrorsDescriptor = {
    code: [
      { in: "body", path: ["details", "0", "id"] },
      { in: "body", path: ["code"] },
    ],
    message: [{ in: "body", path: ["error", "message"] }],
    reason: [{ in: "body", path: ["error", "reason"] }],
    requestId: [
      { in: "body", path: ["request_id"] },
      { in: "header", name: "x-request-id" },
    ],
  };

  it("takes the first field that holds text, appends the reason, and reads the header when the body has no id", () => {
    const { parseBody, requestIdHeader } = specErrors(errors);
    expect(parseBody({ details: [{ id: "AUTH-1" }], code: "16", error: { message: "bad", reason: "why" } })).toEqual({
      code: "AUTH-1",
      message: "bad: why",
      requestId: undefined,
    });
    expect(parseBody({ code: "16", error: { reason: "why" }, request_id: "r1" })).toEqual({
      code: "16",
      message: "why",
      requestId: "r1",
    });
    expect(requestIdHeader).toBe("x-request-id");
  });

  it("reads a numeric code as its digits (gRPC's status code)", () => {
    expect(specErrors(errors).parseBody({ code: 3, message: "x" }).code).toBe("3");
  });

  it("reads nothing from a body of another shape, or from inherited properties", () => {
    const { parseBody } = specErrors(errors);
    for (const body of [null, "text", 42, [], { details: "x" }, Object.create({ code: "inherited" })]) {
      expect(parseBody(body)).toEqual({ code: undefined, message: undefined, requestId: undefined });
    }
  });
});

describe("pagination bindings", () => {
  const response = (headers: Record<string, string> = {}) => new Response(null, { headers });
  const cursor: PagingBinding = {
    style: "cursor",
    cursor: { in: "query", name: "from" },
    next: { in: "body", path: ["next"] },
    pageSize: { in: "query", name: "take" },
  };
  const link: PagingBinding = {
    style: "cursor",
    cursor: { in: "query", name: "page_token" },
    next: { in: "header", name: "link" },
  };
  const page: PagingBinding = {
    style: "page",
    page: { in: "query", name: "page" },
    hasMore: { in: "header", name: "x-pagination", path: ["has_next"] },
    pageSize: { in: "query", name: "size" },
  };
  const offset: PagingBinding = {
    style: "offset",
    offset: { in: "body", path: ["query", "offset"] },
    total: { in: "body", path: ["details", "totalResult"] },
  };

  it("builds each page's query from the binding", () => {
    expect(pagingQuery(cursor, undefined, 10)).toEqual({ take: 10 });
    expect(pagingQuery(cursor, "c1", undefined)).toEqual({ from: "c1" });
    expect(pagingQuery(page, undefined, 5)).toEqual({ page: 1, size: 5 });
    expect(pagingQuery(page, 3, undefined)).toEqual({ page: 3 });
    expect(pagingQuery(offset, 40, 20)).toEqual({});
    expect(pagingQuery({ style: "none" }, undefined, 10)).toEqual({});
  });

  it("reads the next cursor where the spec says, ending on a missing, null or empty one", () => {
    const at = (body: unknown, headers?: Record<string, string>, received = 1, c?: string | number) =>
      nextCursor(context, cursor, { cursor: c, body, response: response(headers), received });
    expect(at({ next: "n2" })).toBe("n2");
    for (const body of [{}, { next: null }, { next: "" }]) expect(at(body)).toBeUndefined();
    expect(() => at({ next: 5 })).toThrow(ResponseValidationError);
  });

  it("follows a Link header's rel=next parameter, and refuses one without it unless the page is empty", () => {
    const at = (header: string, received = 1) =>
      nextCursor(context, link, { cursor: undefined, body: [], response: response({ link: header }), received });
    expect(at('</s?page_token=t2>; rel="next"')).toBe("t2");
    expect(at('</s?page_token=t2>; rel="first"')).toBeUndefined();
    expect(() => at('</s?page_size=2>; rel="next"')).toThrow(PaginationError);
    expect(at('</s?page_size=2>; rel="next"', 0)).toBeUndefined();
  });

  it("counts pages while a JSON header says more follow, and refuses a header that cannot say", () => {
    const at = (headers: Record<string, string>, c?: number) =>
      nextCursor(context, page, { cursor: c, body: [], response: response(headers), received: 1 });
    expect(at({ "x-pagination": '{"has_next":true}' })).toBe(2);
    expect(at({ "x-pagination": '{"has_next":true}' }, 2)).toBe(3);
    expect(at({ "x-pagination": '{"has_next":false}' }, 2)).toBeUndefined();
    expect(() => at({})).toThrow(/\/headers\/x-pagination: expected a JSON header, got no header/);
    expect(() => at({ "x-pagination": "{" })).toThrow(ResponseValidationError);
    expect(() => at({ "x-pagination": '{"has_next":"yes"}' })).toThrow(/\/headers\/x-pagination\/has_next/);
  });

  it("advances an offset by what was received, up to the total", () => {
    const at = (body: unknown, received: number, c?: number) =>
      nextCursor(context, offset, { cursor: c, body, response: response(), received });
    expect(at({ details: { totalResult: "5" } }, 2)).toBe(2);
    expect(at({ details: { totalResult: "5" } }, 3, 2)).toBeUndefined();
    expect(at({}, 2)).toBeUndefined();
    expect(() => at({ details: { totalResult: "-1" } }, 2)).toThrow(/\/details\/totalResult/);
  });

  it("finds the sessions and their ids where the spec says", () => {
    expect(pageItems(context, { in: "body", path: [] }, [{ id: "a" }])).toEqual([{ id: "a" }]);
    expect(pageItems(context, { in: "body", path: ["sessions"] }, {})).toEqual([]);
    expect(() => pageItems(context, { in: "body", path: ["sessions"] }, { sessions: null })).toThrow(/\/sessions/);
    expect(() => pageItems(context, { in: "body", path: [] }, {})).toThrow(ResponseValidationError);
    expect(idAt(["session_id"])({ session_id: "s1" })).toBe("s1");
    expect(idAt(["session_id"])(null)).toBeUndefined();
    expect(idAt(["session_id"])("s1")).toBeUndefined();
    expect(idAt(["session", "id"])({ session: { id: "s2" } })).toBe("s2");
    // Only own properties: a key Object.prototype has is not read from the prototype.
    expect(idAt(["constructor"])({})).toBeUndefined();
    expect(idAt(["constructor"])(JSON.parse('{"constructor":"s3"}'))).toBe("s3");
    expect(idAt(["__proto__"])(JSON.parse('{"__proto__":"s4"}'))).toBe("s4");
    expect(idAt(["hasOwnProperty"])({ a: 1 })).toBeUndefined();
  });
});

describe("passThroughQuery", () => {
  it("takes only the named parameters the caller set", () => {
    expect(passThroughQuery(["active", "sort"], { active: false, sort: undefined, userId: "u" })).toEqual({
      active: false,
    });
  });
});
