import { describe, expect, it } from "vitest";
import { ConfigurationError, checkPageSize } from "../src/internal.js";

const context = { provider: "test", operation: "list" };
const take = { in: "query", name: "take", type: "integer", minimum: 1, maximum: 100 } as const;

describe("checkPageSize", () => {
  it.each([1, 50, 100, undefined])("accepts %j within the spec's bounds", (value) => {
    expect(checkPageSize(context, take, value)).toBe(value);
  });

  it.each([0, 101, 2.5, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    "refuses %j, naming pageSize and the spec's parameter",
    (value) => {
      expect(() => checkPageSize(context, take, value)).toThrow(ConfigurationError);
      expect(() => checkPageSize(context, take, value)).toThrow(
        `pageSize (the spec's take) must be an integer from 1 to 100, got ${value}`,
      );
    },
  );

  it("refuses what is not a number", () => {
    expect(() => checkPageSize(context, take, "10" as unknown as number)).toThrow(/got a string/);
  });

  it("applies only the bounds the spec gives (MonoCloud's size has no maximum)", () => {
    const size = { name: "size", type: "integer", minimum: 1 } as const;
    expect(checkPageSize(context, size, 10_000)).toBe(10_000);
    expect(() => checkPageSize(context, size, 0)).toThrow("must be an integer of at least 1, got 0");
  });
});
