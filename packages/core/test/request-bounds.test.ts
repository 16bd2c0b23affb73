import { describe, expect, it } from "vitest";
import {
  type BodySchema,
  ConfigurationError,
  checkRequestBody,
  RequestBodyError,
  requestBodyProblem,
} from "../src/internal.js";

const context = { provider: "test", operation: "search", secrets: () => ["s3cr3t-token-value"] };

/** A search body of the kind ZITADEL takes: paging, a list of one-kind queries, a closed enum. */
const schema = {
  type: "object",
  properties: {
    query: {
      type: "object",
      properties: {
        offset: {
          oneOf: [
            { type: "string", pattern: "^[0-9]+$" },
            { type: "integer", minimum: 0 },
          ],
        },
        limit: { type: "integer", minimum: 0, maximum: 4294967295 },
        asc: { type: "boolean" },
      },
    },
    queries: {
      type: "array",
      maxItems: 3,
      items: {
        oneOf: [
          {
            type: "object",
            required: ["creatorQuery"],
            maxProperties: 1,
            properties: { creatorQuery: { type: "object", properties: { id: { type: "string", maxLength: 5 } } } },
          },
          {
            type: "object",
            required: ["dateQuery"],
            maxProperties: 1,
            properties: {
              dateQuery: {
                type: "object",
                properties: {
                  date: { type: "string", format: "date-time" },
                  method: { type: "string", enum: ["LESS", "GREATER"] },
                },
              },
            },
          },
        ],
      },
    },
    "a/b~c": { type: "string", minLength: 2 },
  },
} as const satisfies BodySchema;

const problemOf = (body: unknown) => requestBodyProblem(schema, body);
const thrown = (body: unknown) => {
  try {
    checkRequestBody(context, schema, body);
  } catch (error) {
    return error;
  }
  return undefined;
};

describe("checkRequestBody", () => {
  it("passes a body within every bound, and ignores members JSON leaves out", () => {
    const body = {
      query: { offset: "100", limit: 100, asc: true },
      queries: [{ creatorQuery: { id: "12345" } }, { dateQuery: { date: "2030-01-01T00:00:00Z", method: "LESS" } }],
      unknownMember: { anything: true },
      "a/b~c": undefined,
    };
    expect(() => checkRequestBody(context, schema, body)).not.toThrow();
    expect(problemOf({ query: { offset: 0, limit: undefined } })).toBeUndefined();
  });

  it("throws a RequestBodyError (a ConfigurationError) naming provider, operation, pointer and bound", () => {
    const error = thrown({ queries: [{ dateQuery: {} }, { creatorQuery: { id: "123456" } }] });
    expect(error).toBeInstanceOf(RequestBodyError);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({
      provider: "test",
      operation: "search",
      pointer: "/queries/1/creatorQuery/id",
      keyword: "maxLength",
      message:
        "test search: request body /queries/1/creatorQuery/id must be at most 5 characters long (the spec's maxLength: 5)",
    });
  });

  it("counts lengths in code points, as JSON Schema and protoc-gen-validate do", () => {
    expect(problemOf({ queries: [{ creatorQuery: { id: "😀😀😀😀😀" } }] })).toBeUndefined();
    expect(problemOf({ queries: [{ creatorQuery: { id: "😀😀😀😀😀😀" } }] })?.keyword).toBe("maxLength");
  });

  it("never quotes the caller's value: a misplaced credential stays out of the message and toJSON", () => {
    for (const body of [
      { queries: [{ creatorQuery: { id: "s3cr3t-token-value" } }] },
      { query: { limit: "s3cr3t-token-value" } },
      { queries: [{ dateQuery: { method: "s3cr3t-token-value" } }] },
      { queries: [{ "s3cr3t-token-value": {} }] },
    ]) {
      const error = thrown(body) as RequestBodyError;
      expect(error).toBeInstanceOf(RequestBodyError);
      expect(`${error.message} ${JSON.stringify(error)}`).not.toContain("s3cr3t");
    }
  });

  it.each([
    ["a string limit", { query: { limit: "10" } }, "/query/limit", "type", "must be integer, got string"],
    [
      "a fractional limit",
      { query: { limit: 1.5 } },
      "/query/limit",
      "type",
      "must be integer, got a fractional number",
    ],
    ["NaN (null in JSON)", { query: { limit: Number.NaN } }, "/query/limit", "type", "got a non-finite number"],
    ["a negative limit", { query: { limit: -1 } }, "/query/limit", "minimum", "must be ≥ 0"],
    ["a limit over uint32", { query: { limit: 4294967296 } }, "/query/limit", "maximum", "must be ≤ 4294967295"],
    ["an offset of letters", { query: { offset: "ten" } }, "/query/offset", "pattern", "must match /^[0-9]+$/"],
    ["a negative offset", { query: { offset: -1 } }, "/query/offset", "minimum", "must be ≥ 0"],
    ["a boolean offset", { query: { offset: true } }, "/query/offset", "oneOf", "must be string or integer"],
    ["asc as a string", { query: { asc: "yes" } }, "/query/asc", "type", "must be boolean"],
    ["queries not a list", { queries: {} }, "/queries", "type", "must be array, got object"],
    ["too many queries", { queries: [{}, {}, {}, {}] }, "/queries", "maxItems", "at most 3 items"],
    ["a query of no kind", { queries: [{}] }, "/queries/0", "oneOf", "must set exactly one of creatorQuery, dateQuery"],
    ["a query that is a number", { queries: [7] }, "/queries/0", "oneOf", "must be object, got number"],
    [
      "a query of two kinds",
      { queries: [{ creatorQuery: {}, dateQuery: {} }] },
      "/queries/0",
      "oneOf",
      "sets creatorQuery, dateQuery: set exactly one of them",
    ],
    [
      "one kind and an unknown member",
      { queries: [{ creatorQuery: {}, creatorQuerry: {} }] },
      "/queries/0",
      "maxProperties",
      "at most 1 member(s), has 2",
    ],
    [
      "an undefined enum value",
      { queries: [{ dateQuery: { method: "EQUALS" } }] },
      "/queries/0/dateQuery/method",
      "enum",
      'must be one of "LESS", "GREATER"',
    ],
    [
      "a date that is not RFC 3339",
      { queries: [{ dateQuery: { date: "2030-01-01" } }] },
      "/queries/0/dateQuery/date",
      "format",
      "an RFC 3339 date-time",
    ],
    ["a name with / and ~, escaped", { "a/b~c": "x" }, "/a~1b~0c", "minLength", "at least 2 characters"],
    ["a body that is a list", [], "", "type", "must be object, got array"],
  ])("refuses %s", (_name, body, pointer, keyword, message) => {
    const problem = problemOf(body);
    expect(problem).toMatchObject({ pointer, keyword });
    expect(problem?.message).toContain(message);
  });

  it("names the body itself as / in the message", () => {
    expect((thrown(null) as Error).message).toBe(
      'test search: request body / must be object, got null (the spec\'s type: "object")',
    );
  });

  it("reports a missing required member at the pointer where it belongs", () => {
    const required = { type: "object", required: ["id"], properties: { id: { type: "string" } } } as const;
    expect(requestBodyProblem(required, { id: undefined })).toMatchObject({ pointer: "/id", keyword: "required" });
  });

  it("walks the schema, not the value: a cyclic body does not loop", () => {
    const cyclic: Record<string, unknown> = { query: { limit: 1 } };
    cyclic.self = cyclic;
    (cyclic.query as Record<string, unknown>).back = cyclic;
    expect(problemOf(cyclic)).toBeUndefined();
  });

  it("checks ten thousand queries in linear time", () => {
    const big = { type: "array", items: schema.properties.queries.items } as const;
    const queries = Array.from({ length: 10_000 }, () => ({ creatorQuery: { id: "1" } }));
    const started = performance.now();
    expect(requestBodyProblem(big, queries)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
