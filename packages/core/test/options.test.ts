import { describe, expect, it } from "vitest";
import {
  ConfigurationError,
  createRetryFetch,
  DEFAULT_MAX_RESPONSE_BYTES,
  MAX_MAX_RETRIES,
  MAX_TIMEOUT_MS,
} from "../src/internal.js";
import { testClient } from "./support/hostile-server.js";

const create = (options: Record<string, unknown>) => () => testClient("http://127.0.0.1:9", options);

describe("client options are checked at creation", () => {
  it.each([
    ["maxRetries", Number.NaN, /maxRetries must be an integer from 0 to 10, got NaN/],
    ["maxRetries", -1, /from 0 to 10/],
    ["maxRetries", 1.5, /from 0 to 10/],
    ["maxRetries", MAX_MAX_RETRIES + 1, /from 0 to 10/],
    ["maxRetries", Number.POSITIVE_INFINITY, /got Infinity/],
    ["maxRetries", "2", /got a string/],
    ["timeoutMs", 0, /timeoutMs must be an integer from 1 to 2147483647/],
    ["timeoutMs", Number.POSITIVE_INFINITY, /timeoutMs/],
    ["timeoutMs", Number.NaN, /timeoutMs/],
    ["timeoutMs", 2 ** 31, /timeoutMs/],
    ["timeoutMs", 0.5, /timeoutMs/],
    ["maxResponseBytes", 0, /maxResponseBytes must be an integer from 1/],
    ["maxResponseBytes", Number.POSITIVE_INFINITY, /maxResponseBytes/],
    ["maxResponseBytes", Number.NaN, /maxResponseBytes/],
    ["maxResponseBytes", null, /got a null/],
    ["fetch", "not a function", /fetch must be a function/],
  ])("%s = %s is a ConfigurationError", (option, value, message) => {
    expect(create({ [option]: value })).toThrow(ConfigurationError);
    expect(create({ [option]: value })).toThrow(message);
  });

  it("accepts the bounds", () => {
    expect(create({ maxRetries: 0, timeoutMs: 1, maxResponseBytes: 1 })).not.toThrow();
    expect(create({ maxRetries: MAX_MAX_RETRIES, timeoutMs: MAX_TIMEOUT_MS })).not.toThrow();
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(32 * 1024 * 1024);
  });

  it("createRetryFetch checks them too", () => {
    const context = { provider: "test", operation: "listThings" };
    expect(() => createRetryFetch({ context, maxRetries: Number.NaN })).toThrow(ConfigurationError);
  });
});
