import { describe, expect, it } from "vitest";
import { MAX_REDIRECTS, redirectDecision } from "../src/internal.js";

const from = "https://tenant.example.com/api/v2/users/u/sessions?take=10";
const decide = (
  location: string | null,
  options: { status?: number; method?: string; hops?: number; from?: string } = {},
) =>
  redirectDecision({
    from: options.from ?? from,
    location,
    status: options.status ?? 302,
    method: options.method ?? "GET",
    hops: options.hops ?? 0,
  });

describe("redirectDecision", () => {
  it.each([
    ["https://evil.example/steal?token=x", "https://evil.example:443"],
    ["https://tenant.example.com:8443/x", "https://tenant.example.com:8443"],
    ["//evil.example/x", "https://evil.example:443"],
    ["https://evil.example@tenant.example.com.evil.example/", "https://tenant.example.com.evil.example:443"],
  ])("refuses %s as another origin, naming only %s", (location, origin) => {
    const decision = decide(location);
    expect(decision).toMatchObject({ follow: false, targetOrigin: origin });
    expect(decision?.follow === false && decision.reason).toMatch(/another origin .*nothing was sent there/);
    expect(JSON.stringify(decision)).not.toMatch(/steal|token=|\/x/);
  });

  it.each([301, 302, 303, 307, 308])("refuses an https to http downgrade (%i), same host or not", (status) => {
    for (const location of ["http://tenant.example.com/api/v2/users/u/sessions", "http://evil.example/"]) {
      const decision = decide(location, { status });
      expect(decision).toMatchObject({ follow: false });
      expect(decision?.follow === false && decision.reason).toMatch(/from https to plain http/);
    }
  });

  it("refuses http to https on the same host too: another origin", () => {
    expect(decide("https://127.0.0.1:4010/x", { from: "http://127.0.0.1:4010/x" })).toMatchObject({
      follow: false,
      targetOrigin: "https://127.0.0.1:4010",
    });
  });

  it.each(["javascript:alert(1)", "data:text/plain,x", "file:///etc/passwd"])("refuses %s", (location) => {
    expect(decide(location)).toMatchObject({ follow: false });
  });

  it("refuses a Location that is no URL, and one that carries credentials", () => {
    expect(decide("http://[::1")).toMatchObject({ follow: false, reason: expect.stringMatching(/no URL/) });
    expect(decide("https://user:pw@tenant.example.com/x")).toMatchObject({ follow: false });
  });

  it.each([
    ["/api/v2/users/u/sessions?take=10&page=2", "https://tenant.example.com/api/v2/users/u/sessions?take=10&page=2"],
    ["sessions2", "https://tenant.example.com/api/v2/users/u/sessions2"],
    ["https://TENANT.example.com:443/x#frag", "https://tenant.example.com/x"],
  ])("follows the same-origin %s", (location, url) => {
    expect(decide(location)).toEqual({ follow: true, url });
  });

  it("keeps the method: 307/308 for any method, 301/302/303 only for GET and HEAD", () => {
    for (const status of [307, 308]) expect(decide("/x", { status, method: "POST" })).toMatchObject({ follow: true });
    for (const status of [301, 302, 303]) {
      expect(decide("/x", { status, method: "HEAD" })).toMatchObject({ follow: true });
      expect(decide("/x", { status, method: "POST" })).toMatchObject({
        follow: false,
        reason: expect.stringMatching(/POST/),
      });
    }
  });

  it(`stops after ${MAX_REDIRECTS} hops`, () => {
    expect(decide("/x", { hops: MAX_REDIRECTS - 1 })).toMatchObject({ follow: true });
    expect(decide("/x", { hops: MAX_REDIRECTS })).toMatchObject({
      follow: false,
      reason: expect.stringMatching(/more than/),
    });
  });

  it("is no redirect without a Location, or for 300 and 304 (fetch returns those as they are)", () => {
    expect(decide(null)).toBeUndefined();
    expect(decide("/x", { status: 300 })).toBeUndefined();
    expect(decide("/x", { status: 304 })).toBeUndefined();
  });
});
