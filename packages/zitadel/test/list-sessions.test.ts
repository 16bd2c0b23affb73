import { json, observedFetch } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import { OPERATIONS } from "../src/generated/operations.gen.js";
import {
  BadRequestError,
  createZitadelClient,
  listSessions,
  ResponseValidationError,
  type ZitadelListSessionsRequest,
} from "../src/index.js";

function clientWith(handler: Parameters<typeof observedFetch>[0]) {
  const fetch = observedFetch(handler);
  return {
    fetch,
    client: createZitadelClient({
      domain: "acme.zitadel.cloud",
      token: "zitadel-pat-TESTSECRET",
      fetch,
      maxRetries: 0,
    }),
  };
}

const bodyOf = (text: string | undefined) => JSON.parse(text ?? "{}") as ZitadelListSessionsRequest;

describe("zitadel listSessions", () => {
  it("searches by user id and pages by offset until offset + received reaches totalResult (a string)", async () => {
    const all = Array.from({ length: 5 }, (_, i) => ({ id: String(i + 1) }));
    const { fetch, client } = clientWith(async (request) => {
      const { query } = (await request.json()) as ZitadelListSessionsRequest;
      const offset = Number(query?.offset);
      return json({ details: { totalResult: "5" }, sessions: all.slice(offset, offset + (query?.limit ?? 0)) });
    });
    const ids = (await listSessions(client, { userId: "259242039378444290" }, { pageSize: 2 }).collect()).map(
      (s) => s.id,
    );
    expect(ids).toEqual(["1", "2", "3", "4", "5"]);
    expect(fetch.requests.map((r) => `${r.method} ${r.url}`)).toEqual(
      Array(3).fill("POST https://acme.zitadel.cloud/v2/sessions/search"),
    );
    expect(fetch.bodies.map((b) => bodyOf(b).query)).toEqual([
      { offset: "0", limit: 2, asc: true },
      { offset: "2", limit: 2, asc: true },
      { offset: "4", limit: 2, asc: true },
    ]);
    expect(bodyOf(fetch.bodies[0]).queries).toEqual([{ userIdQuery: { id: "259242039378444290" } }]);
    expect(fetch.requests[0]?.headers.get("authorization")).toBe("Bearer zitadel-pat-TESTSECRET");
  });

  it("treats an absent totalResult (proto3 omits 0) and absent sessions as an empty result", async () => {
    const { fetch, client } = clientWith(() => json({ details: { timestamp: "2024-01-01T00:00:00Z" } }));
    expect(await listSessions(client, { userId: "u" }).collect()).toEqual([]);
    expect(fetch.requests).toHaveLength(1);
  });

  it("accepts totalResult as a number too", async () => {
    const { client } = clientWith(() => json({ details: { totalResult: 1 }, sessions: [{ id: "1" }] }));
    expect(await listSessions(client, { userId: "u" }).collect()).toHaveLength(1);
  });

  it("ANDs extra queries after the user id query", async () => {
    const { fetch, client } = clientWith(() => json({}));
    const expiring = {
      expirationDateQuery: { expirationDate: "2030-01-01T00:00:00Z", method: "TIMESTAMP_QUERY_METHOD_LESS" },
    } as const;
    await listSessions(client, { userId: "u", queries: [expiring], ascending: false }).collect();
    expect(bodyOf(fetch.bodies[0])).toMatchObject({
      queries: [{ userIdQuery: { id: "u" } }, expiring],
      query: { asc: false },
    });
  });

  it("sends each pass-through query parameter of the spec under its own name (none today: no query string)", async () => {
    const { fetch, client } = clientWith(() => json({}));
    const sent = Object.fromEntries(OPERATIONS.listSessions.passThrough.map((name) => [name, `${name}-value`]));
    await listSessions(client, { userId: "u", ...sent }).collect();
    const url = new URL(fetch.requests[0]?.url ?? "");
    expect(`${url.origin}${url.pathname}`).toBe("https://acme.zitadel.cloud/v2/sessions/search");
    expect(Object.fromEntries(url.searchParams)).toEqual(sent);
  });

  it("rejects a totalResult that is not a uint64", async () => {
    const { client } = clientWith(() => json({ details: { totalResult: "-3" }, sessions: [] }));
    await expect(listSessions(client, { userId: "u" }).collect()).rejects.toMatchObject({
      constructor: ResponseValidationError,
      pointer: "/details/totalResult",
    });
  });

  it("reads google.rpc.Status errors, with ZITADEL's error id as the code", async () => {
    // A limit over the instance's maximum (QUERY-4M0fs); the server sends the key's translation.
    const status = {
      code: 3,
      message: "Errors.Query.LimitExceeded (QUERY-4M0fs)",
      details: [
        {
          "@type": "type.googleapis.com/zitadel.v1.ErrorDetail",
          id: "QUERY-4M0fs",
          message: "Errors.Query.LimitExceeded",
        },
      ],
    };
    const { client } = clientWith(() => json(status, { status: 400 }));
    await expect(listSessions(client, { userId: "u" }, { pageSize: 5000 }).collect()).rejects.toMatchObject({
      constructor: BadRequestError,
      code: "QUERY-4M0fs",
      providerMessage: "Errors.Query.LimitExceeded (QUERY-4M0fs)",
    });
  });

  it("reads a validation error without details (protoc-gen-validate's message), with the gRPC code", async () => {
    const message =
      "invalid ListSessionsRequest.Queries[1]: embedded message failed validation | caused by: invalid SearchQuery.Query: value is required";
    const { client } = clientWith(() => json({ code: 3, message }, { status: 400 }));
    await expect(listSessions(client, { userId: "u" }).collect()).rejects.toMatchObject({
      constructor: BadRequestError,
      code: "3",
      providerMessage: message,
    });
  });
});
