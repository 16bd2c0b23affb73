import { json, observedFetch } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  ConfigurationError,
  createZitadelClient,
  listSessions,
  RequestBodyError,
  type ZitadelSearchQuery,
} from "../src/index.js";

/** The protos' protoc-gen-validate bounds (ZITADEL v4.13.0), as specs/zitadel.yaml states them. */
function clientWith(handler: Parameters<typeof observedFetch>[0] = () => json({})) {
  const fetch = observedFetch(handler);
  const client = createZitadelClient({
    domain: "acme.zitadel.cloud",
    token: "zitadel-pat-TESTSECRET",
    fetch,
    maxRetries: 0,
  });
  return { fetch, client };
}

const refused = (queries: unknown, extra: Record<string, unknown> = {}) => {
  const { fetch, client } = clientWith();
  try {
    listSessions(client, { userId: "259242039378444290", queries, ...extra } as never);
  } catch (error) {
    expect(fetch.requests).toHaveLength(0);
    return error as RequestBodyError;
  }
  throw new Error("not refused");
};

describe("zitadel listSessions refuses, before sending, a search the server would refuse", () => {
  it.each([
    ["creatorQuery.id", { creatorQuery: { id: "9".repeat(201) } }, "/queries/1/creatorQuery/id"],
    [
      "userAgentQuery.fingerprintId",
      { userAgentQuery: { fingerprintId: "f".repeat(201) } },
      "/queries/1/userAgentQuery/fingerprintId",
    ],
  ])("%s over 200 characters (max_len: 200)", (_name, query, pointer) => {
    const error = refused([query]);
    expect(error).toBeInstanceOf(RequestBodyError);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ provider: "zitadel", operation: "listSessions", pointer, keyword: "maxLength" });
    expect(error.message).toBe(
      `zitadel listSessions: request body ${pointer} must be at most 200 characters long (the spec's maxLength: 200)`,
    );
  });

  it("sends 200 characters, counted in code points (protoc-gen-validate's runes)", async () => {
    const { fetch, client } = clientWith();
    const queries: ZitadelSearchQuery[] = [
      { creatorQuery: { id: "😀".repeat(200) } },
      { userAgentQuery: { fingerprintId: "f".repeat(200) } },
    ];
    await listSessions(client, { userId: "u", queries }).collect();
    expect(fetch.requests).toHaveLength(1);
  });

  it.each([
    ["a query of no kind", [{}], "/queries/1", "oneOf"],
    ["a query of two kinds", [{ creatorQuery: {}, userAgentQuery: {} }], "/queries/1", "oneOf"],
    ["a kind and an unknown member", [{ creatorQuery: {}, creatorQuerry: {} }], "/queries/1", "maxProperties"],
    [
      "an undefined timestamp method (defined_only)",
      [{ creationDateQuery: { method: "TIMESTAMP_QUERY_METHOD_BETWEEN" } }],
      "/queries/1/creationDateQuery/method",
      "enum",
    ],
    [
      "a date that is not RFC 3339",
      [{ expirationDateQuery: { expirationDate: "tomorrow" } }],
      "/queries/1/expirationDateQuery/expirationDate",
      "format",
    ],
    ["a query that is not an object", ["creatorQuery"], "/queries/1", "oneOf"],
    ["ids that are not strings", [{ idsQuery: { ids: [1] } }], "/queries/1/idsQuery/ids/0", "type"],
  ])("%s", (_name, queries, pointer, keyword) => {
    expect(refused(queries)).toMatchObject({ pointer, keyword });
  });

  it("checks ascending too (query.asc is a boolean)", () => {
    expect(refused(undefined, { ascending: "yes" })).toMatchObject({ pointer: "/query/asc", keyword: "type" });
  });

  it("refuses queries that are not a list with a ConfigurationError", () => {
    const { client } = clientWith();
    expect(() => listSessions(client, { userId: "u", queries: {} as never })).toThrow(
      "queries must be an array of search queries",
    );
  });

  it("never quotes the refused value: a token pasted into a query stays out of the error", () => {
    const error = refused([{ creatorQuery: { id: `zitadel-pat-TESTSECRET${"x".repeat(200)}` } }]);
    expect(`${error.message} ${JSON.stringify(error)}`).not.toContain("TESTSECRET");
  });

  it("the server's own 400 for a broken rule is still read when a caller bypasses the check", async () => {
    const { client } = clientWith(() =>
      json(
        { code: 16, message: "Errors.Token.Invalid (AUTH-7fs1e)" },
        { status: 401, headers: { "x-request-id": "d0c3m1cn2f8s73bq3n90" } },
      ),
    );
    await expect(listSessions(client, { userId: "u" }).collect()).rejects.toMatchObject({
      constructor: AuthenticationError,
      requestId: "d0c3m1cn2f8s73bq3n90",
    });
  });
});
