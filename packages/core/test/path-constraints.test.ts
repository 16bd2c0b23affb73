import { describe, expect, it } from "vitest";
import { ConfigurationError, checkPathParam } from "../src/internal.js";

const context = { provider: "test", operation: "list" };

describe("checkPathParam with the spec's constraints", () => {
  const id = { in: "path", name: "id", required: true, type: "string", format: "uuid" } as const;

  it("accepts a UUID in either case for format uuid", () => {
    expect(checkPathParam(context, "identityId", "6f1c1f70-0d5a-4d1f-9a0b-2e6f6b1c2d3e", id)).toBeTypeOf("string");
    expect(checkPathParam(context, "identityId", "6F1C1F70-0D5A-4D1F-9A0B-2E6F6B1C2D3E", id)).toBeTypeOf("string");
  });

  it.each(["not-a-uuid", "6f1c1f70-0d5a-4d1f-9a0b-2e6f6b1c2d3e0", " 6f1c1f70-0d5a-4d1f-9a0b-2e6f6b1c2d3e", "..%2F"])(
    "refuses %j for format uuid, naming the option and the spec's parameter, without quoting the value",
    (value) => {
      const error = (() => {
        try {
          checkPathParam(context, "identityId", value, id);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toBe("test list: identityId (the spec's path parameter id) must be a UUID");
    },
  );

  it("checks minLength and maxLength in code points", () => {
    const c = { name: "x", minLength: 2, maxLength: 3 } as const;
    expect(() => checkPathParam(context, "x", "a", c)).toThrow("at least 2 characters");
    expect(checkPathParam(context, "x", "😀😀😀", c)).toBe("😀😀😀");
    expect(() => checkPathParam(context, "x", "abcd", c)).toThrow("at most 3 characters");
  });

  it("checks pattern and enum", () => {
    expect(() => checkPathParam(context, "x", "d-12", { pattern: "^d-[0-9]{3}$" })).toThrow(
      "a match of /^d-[0-9]{3}$/",
    );
    expect(checkPathParam(context, "x", "d-123", { pattern: "^d-[0-9]{3}$" })).toBe("d-123");
    expect(() => checkPathParam(context, "x", "c", { enum: ["a", "b"] })).toThrow('one of "a", "b"');
  });

  it("lets formats it does not know pass (they are open in OpenAPI)", () => {
    expect(checkPathParam(context, "x", "anything", { format: "hostname" })).toBe("anything");
  });

  it("still refuses empty values and dot segments first", () => {
    expect(() => checkPathParam(context, "identityId", "..", id)).toThrow("cannot be sent as a path segment");
    expect(() => checkPathParam(context, "identityId", "", id)).toThrow("must be a non-empty string");
  });
});
