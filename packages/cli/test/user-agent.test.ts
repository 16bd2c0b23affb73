import { describe, expect, it } from "vitest";
import { readableUserAgent } from "../src/user-agent.js";

describe("readable user agents", () => {
  it.each([
    [
      "Chrome on Windows",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36",
      "Chrome 138 on Windows",
    ],
    [
      "Safari on iPhone",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Safari 17 on iOS",
    ],
    [
      "Firefox on Linux",
      "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
      "Firefox 128 on Linux",
    ],
    [
      "Edge, not the Chrome it contains",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36 Edg/138.0.3351.65",
      "Microsoft Edge 138 on Windows",
    ],
    [
      "Chrome on Android",
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36",
      "Chrome 138 on Android",
    ],
    ["a crawler", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "Googlebot 2.1"],
    ["curl", "curl/8.5.0", "curl 8.5"],
    ["an HTTP library with a comment", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "node-fetch 1.0"],
    ["python-requests", "python-requests/2.32.3", "python-requests 2.32"],
  ])("%s", (_name, userAgent, expected) => {
    expect(readableUserAgent(userAgent)).toBe(expected);
  });

  it.each([
    ["none", null, ""],
    ["empty", "", ""],
    ["blank", "   ", ""],
    ["garbage, kept as sent", "%%% not a user agent %%%", "%%% not a user agent %%%"],
    ["a bare compatibility token", "Mozilla/5.0", "Mozilla/5.0"],
    ["ZITADEL's own description", "Safari on iOS", "Safari on iOS"],
  ])("%s", (_name, userAgent, expected) => {
    expect(readableUserAgent(userAgent)).toBe(expected);
  });

  it("returns a very long user agent unparsed and whole (the table cuts it)", () => {
    const long = `Mozilla/5.0 ${"x".repeat(5000)}`;
    expect(readableUserAgent(long)).toBe(long);
    expect(readableUserAgent(`curl/8.5.0 ${"(x) ".repeat(1000)}`)).toBe("curl 8.5");
  });

  it("does not make control characters safe by itself: that is the table's job", () => {
    expect(readableUserAgent("evil\u001b[2J/1.0 x")).toContain("\u001b");
  });
});
