import { describe, expect, it } from "vitest";
import { ConfigurationError, checkBaseUrl, checkPathParam, resolveBaseUrl } from "../src/internal.js";

const context = { provider: "auth0", operation: "getUserSessions" };

describe("checkBaseUrl", () => {
  it.each([
    "https://tenant.auth0.com/api/v2/",
    "http://127.0.0.1:4010",
    "http://localhost:3000/api",
    "http://[::1]:8080",
  ])("accepts %s", (url) => expect(checkBaseUrl(context, url)).toBe(url.replace(/\/$/, "")));
  it.each([
    ["http://tenant.auth0.com", /https:\/\//],
    ["ftp://127.0.0.1", /https:\/\//],
    ["tenant.auth0.com", /not an absolute URL/],
    ["https://user:pw@tenant.auth0.com", /must not carry credentials/],
    ["https://tenant.auth0.com/api/v2?x=1", /query/],
  ])("refuses %s", (url, message) => {
    expect(() => checkBaseUrl(context, url)).toThrow(ConfigurationError);
    expect(() => checkBaseUrl(context, url)).toThrow(message);
  });
});

describe("resolveBaseUrl", () => {
  const address = (value?: string) => ({ option: "domain", value, toUrl: (h: string) => `https://${h}/api/v2` });
  it("builds the URL from the natural address", () =>
    expect(resolveBaseUrl(context, undefined, address("Tenant.EU.auth0.com"))).toBe(
      "https://tenant.eu.auth0.com/api/v2",
    ));
  it("refuses both or neither", () => {
    expect(() => resolveBaseUrl(context, "https://a.example", address("b.example"))).toThrow(
      /either domain or baseUrl/,
    );
    expect(() => resolveBaseUrl(context, undefined, address())).toThrow(/pass domain or baseUrl/);
  });
  it("refuses a domain that smuggles a path or scheme", () => {
    expect(() => resolveBaseUrl(context, undefined, address("evil.example/x?"))).toThrow(/bare host name/);
    expect(() => resolveBaseUrl(context, undefined, address("https://tenant.auth0.com"))).toThrow(/bare host name/);
  });
});

describe("checkPathParam", () => {
  it.each([".", "..", ""])("refuses %j", (value) =>
    expect(() => checkPathParam(context, "userId", value)).toThrow(ConfigurationError),
  );
  it.each(["auth0|abc", "a/b", "..%2F", "a..b", "ü ser?#"])("accepts %j", (value) =>
    expect(checkPathParam(context, "userId", value)).toBe(value),
  );
});
