import { describe, expect, it } from "vitest";
import { backoffMs, retryAfterMs } from "../src/internal.js";

const now = Date.parse("2026-01-01T00:00:00Z");
const h = (init: Record<string, string>) => new Headers(init);

describe("retryAfterMs", () => {
  it("reads Retry-After seconds", () => expect(retryAfterMs(h({ "retry-after": "3" }), now)).toBe(3000));
  it("reads Retry-After as an HTTP date", () =>
    expect(retryAfterMs(h({ "retry-after": "Thu, 01 Jan 2026 00:00:05 GMT" }), now)).toBe(5000));
  it("prefers retry-after-ms", () =>
    expect(retryAfterMs(h({ "retry-after-ms": "250", "retry-after": "3" }), now)).toBe(250));
  it("reads Auth0's X-RateLimit-Reset epoch seconds", () =>
    expect(retryAfterMs(h({ "x-ratelimit-reset": String(now / 1000 + 7) }), now)).toBe(7000));
  it("reads a small X-RateLimit-Reset as seconds to wait", () =>
    expect(retryAfterMs(h({ "x-ratelimit-reset": "2" }), now)).toBe(2000));
  it.each([
    ["retry-after", "120"],
    ["retry-after", "soon"],
    ["retry-after", "-1"],
    ["x-ratelimit-reset", "99999999999"],
  ])("ignores %s: %s (absent, unparsable or beyond 60 s)", (name, value) =>
    expect(retryAfterMs(h({ [name]: value }), now)).toBeUndefined(),
  );
  it("is undefined without any header", () => expect(retryAfterMs(h({}), now)).toBeUndefined());
});

describe("backoffMs", () => {
  it("doubles from 500 ms and caps at 8 s", () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((i) => backoffMs(i, () => 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });
  it("takes off up to 25% as jitter", () => {
    expect(backoffMs(1, () => 1)).toBe(750);
    expect(backoffMs(1, () => 0.5)).toBe(875);
  });
});
