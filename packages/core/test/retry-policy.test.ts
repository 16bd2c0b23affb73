import { json, observedFetch, replyJson, startRecordingServer } from "@idp-sessions/testing";
import { afterEach, describe, expect, it } from "vitest";
import {
  APIConnectionError,
  type ClientContext,
  clientContext,
  createApiClient,
  createRetryFetch,
  forOperation,
  operationContext,
  retryPolicy,
} from "../src/internal.js";

const context = { provider: "test", operation: "deleteThing" };
const retryNow = { "retry-after-ms": "1" };
const fast = { random: () => 1 } as const;

describe("an operation the spec does not mark safe to repeat", () => {
  it.each([408, 500, 503])("is sent once when the answer is %i", async (status) => {
    const fetch = observedFetch(() => json({}, { status, headers: retryNow }));
    const send = createRetryFetch({ context, fetch, ...fast, repeatable: false });
    expect((await send(new Request("https://api.example.com/x", { method: "POST", body: "{}" }))).status).toBe(status);
    expect(fetch.requests).toHaveLength(1);
  });

  it("is sent again after a 429 (the server refused it without acting)", async () => {
    let calls = 0;
    const fetch = observedFetch(() => (++calls === 1 ? json({}, { status: 429, headers: retryNow }) : json({})));
    const send = createRetryFetch({ context, fetch, ...fast, repeatable: false });
    expect((await send(new Request("https://api.example.com/x", { method: "POST", body: "{}" }))).status).toBe(200);
    expect(fetch.requests).toHaveLength(2);
  });

  it("is not sent again after a network error", async () => {
    const fetch = observedFetch(() => {
      throw new TypeError("fetch failed");
    });
    const send = createRetryFetch({ context, fetch, ...fast, repeatable: false });
    await expect(send(new Request("https://api.example.com/x", { method: "DELETE" }))).rejects.toBeInstanceOf(
      APIConnectionError,
    );
    expect(fetch.requests).toHaveLength(1);
  });
});

describe("retryPolicy", () => {
  const servers: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  it("sends a safe operation through the retrying fetch and an unsafe one through the 429-only fetch", async () => {
    const server = await startRecordingServer((_request, res) => replyJson(res, 503, {}, retryNow));
    servers.push(server);
    const client = createApiClient<Record<string, never>>({ context, baseUrl: server.origin, maxRetries: 2 });
    const own: ClientContext = clientContext(client, context);
    const raw = client as unknown as { DELETE(path: string, init: object): Promise<{ response: Response }> };
    await raw.DELETE("/things/1", retryPolicy(own, { retry: { safe: true } }));
    expect(server.requests).toHaveLength(3);
    await raw.DELETE("/things/2", retryPolicy(own, { retry: { safe: false } }));
    expect(server.requests).toHaveLength(4);
    expect(server.requests[3]?.rawUrl).toBe("/things/2");
  });

  it("a connection error of an operation's call names that operation and hides the call's own secrets", async () => {
    const failing = async (request: Request): Promise<Response> => {
      throw new TypeError(`connect ECONNREFUSED for ${request.url}`);
    };
    const client = createApiClient<Record<string, never>>({
      context: { provider: "test", operation: "listThings" },
      baseUrl: "https://api.example.com",
      fetch: failing,
      maxRetries: 0,
    });
    const { context: own, options } = forOperation(
      client,
      context,
      { operationId: "getThing", retry: { safe: true } },
      ["tok-TESTSECRET-call"],
    );
    const raw = client as unknown as { GET(path: string, init: object): Promise<unknown> };
    const error = await raw.GET("/things/1?sessionToken=tok-TESTSECRET-call", options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toMatchObject({ provider: "test", operation: "getThing" });
    expect(String((error as Error).message)).not.toContain("tok-TESTSECRET-call");
    expect(own.secrets()).toContain("tok-TESTSECRET-call");
  });

  it("operationContext makes errors name the operation and keeps the client's secrets", () => {
    const base: ClientContext = { provider: "test", operation: "listThings", secrets: () => ["s3cret"] };
    const own = operationContext(base, "revokeThing");
    expect(own.operation).toBe("revokeThing");
    expect(own.secrets()).toEqual(["s3cret"]);
    expect(operationContext(base, "listThings")).toBe(base);
  });
});
