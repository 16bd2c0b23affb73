import { json, observedFetch, sequence } from "@idp-sessions/testing";
import { describe, expect, it, vi } from "vitest";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  createRetryFetch,
  type RetryFetchOptions,
} from "../src/internal.js";

const context = { provider: "test", operation: "listThings" };
const fast = { random: () => 1 } as const; // jitter at its largest: backoff 375 ms, 750 ms, ...
const retryNow = { "retry-after-ms": "1" };

function make(handler: Parameters<typeof observedFetch>[0], options: Partial<RetryFetchOptions> = {}) {
  const fetch = observedFetch(handler);
  return { fetch, send: createRetryFetch({ context, fetch, ...fast, ...options }) };
}

describe("createRetryFetch", () => {
  it.each([408, 429, 500, 502, 503])("retries %i and returns the eventual success", async (status) => {
    const { fetch, send } = make(
      sequence(
        () => json({}, { status, headers: retryNow }),
        () => json({ ok: true }),
      ),
    );
    const response = await send(new Request("https://api.example.com/x"));
    expect(response.status).toBe(200);
    expect(fetch.requests).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 409, 422])("does not retry %i", async (status) => {
    const { fetch, send } = make(() => json({}, { status }));
    expect((await send(new Request("https://api.example.com/x"))).status).toBe(status);
    expect(fetch.requests).toHaveLength(1);
  });

  it("gives up after maxRetries and returns the last response", async () => {
    const { fetch, send } = make(() => json({}, { status: 503, headers: retryNow }), { maxRetries: 3 });
    expect((await send(new Request("https://api.example.com/x"))).status).toBe(503);
    expect(fetch.requests).toHaveLength(4);
  });

  it("waits for Retry-After before retrying", async () => {
    const sleeps: number[] = [];
    const setTimeoutSpy = vi.spyOn(globalThis, "setTimeout");
    const { send } = make(
      sequence(
        () => json({}, { status: 429, headers: { "retry-after-ms": "30" } }),
        () => json({}),
      ),
    );
    await send(new Request("https://api.example.com/x"));
    for (const call of setTimeoutSpy.mock.calls) if (typeof call[1] === "number") sleeps.push(call[1]);
    setTimeoutSpy.mockRestore();
    expect(sleeps).toContain(30);
  });

  it("re-sends the body of a POST on every attempt (a POST the spec marks safe to repeat)", async () => {
    const { fetch, send } = make(
      sequence(
        () => json({}, { status: 500, headers: retryNow }),
        () => json({}),
      ),
      { repeatable: true },
    );
    await send(new Request("https://api.example.com/search", { method: "POST", body: '{"q":1}' }));
    expect(fetch.bodies).toEqual(['{"q":1}', '{"q":1}']);
  });

  it("by default repeats what HTTP calls idempotent (DELETE) and not a POST", async () => {
    const answers = () =>
      sequence(
        () => json({}, { status: 503, headers: retryNow }),
        () => json({}),
      );
    const del = make(answers());
    expect((await del.send(new Request("https://api.example.com/x", { method: "DELETE" }))).status).toBe(200);
    expect(del.fetch.requests).toHaveLength(2);
    const post = make(answers());
    expect((await post.send(new Request("https://api.example.com/x", { method: "POST", body: "{}" }))).status).toBe(
      503,
    );
    expect(post.fetch.requests).toHaveLength(1);
  });

  it("authenticates every retry anew, and not the first attempt twice", async () => {
    let n = 0;
    const reauthenticate = vi.fn(async (request: Request) => {
      request.headers.set("authorization", `Bearer attempt-${++n}`);
      return request;
    });
    const { fetch, send } = make(
      sequence(
        () => json({}, { status: 500, headers: retryNow }),
        () => json({}),
      ),
      {
        reauthenticate,
      },
    );
    const first = new Request("https://api.example.com/x", { headers: { authorization: "Bearer first" } });
    await send(first);
    expect(fetch.requests.map((r) => r.headers.get("authorization"))).toEqual(["Bearer first", "Bearer attempt-1"]);
  });

  it("retries network errors, then throws APIConnectionError", async () => {
    const { fetch, send } = make(
      () => {
        throw new TypeError("fetch failed");
      },
      { maxRetries: 1 },
    );
    const error = await send(new Request("https://api.example.com/x")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toBe("test listThings: could not reach api.example.com (fetch failed)");
    expect(fetch.requests).toHaveLength(2);
  });

  it("times out each attempt and throws APIConnectionTimeoutError", async () => {
    const { fetch, send } = make(
      (request) =>
        new Promise<Response>((_resolve, reject) =>
          request.signal.addEventListener("abort", () => reject(request.signal.reason)),
        ),
      { timeoutMs: 20, maxRetries: 1 },
    );
    const error = await send(new Request("https://api.example.com/x")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as APIConnectionTimeoutError).timeoutMs).toBe(20);
    expect(fetch.requests).toHaveLength(2);
  });

  it("hands a custom fetch one Request with the attempt's signal and redirect: manual", async () => {
    const { fetch, send } = make(
      (request) =>
        new Promise<Response>((_resolve, reject) =>
          request.signal.addEventListener("abort", () => reject(request.signal.reason)),
        ),
      { timeoutMs: 20, maxRetries: 0 },
    );
    const caller = new AbortController();
    const error = await send(new Request("https://api.example.com/x", { signal: caller.signal })).catch((e) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    const [sent] = fetch.requests;
    expect(sent?.redirect).toBe("manual");
    // The attempt's own signal ended it; the caller's was never aborted.
    expect(sent?.signal.aborted).toBe(true);
    expect(caller.signal.aborted).toBe(false);
  });

  it("gives the runtime's fetch the request with the attempt's signal and redirect mode as its init", async () => {
    const runtimeFetch = vi
      .spyOn(globalThis, "fetch")
      .mockImplementation(
        (_input, init) =>
          new Promise<Response>((_resolve, reject) =>
            init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
          ),
      );
    try {
      const send = createRetryFetch({ context, ...fast, timeoutMs: 20, maxRetries: 0 });
      const request = new Request("https://api.example.com/x");
      const error = await send(request).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIConnectionTimeoutError);
      expect(runtimeFetch).toHaveBeenCalledTimes(1);
      const [input, init] = runtimeFetch.mock.calls[0] ?? [];
      expect(input).toBe(request);
      expect(init).toMatchObject({ redirect: "manual" });
      expect(init?.signal?.aborted).toBe(true);
    } finally {
      runtimeFetch.mockRestore();
    }
  });

  it("stops at once when the caller aborts, without retrying", async () => {
    const controller = new AbortController();
    const { fetch, send } = make((request) => {
      controller.abort();
      return Promise.reject(request.signal.reason ?? new Error("aborted"));
    });
    const error = await send(new Request("https://api.example.com/x", { signal: controller.signal })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(fetch.requests).toHaveLength(1);
  });

  it("aborts the wait between attempts when the caller aborts", async () => {
    const controller = new AbortController();
    const { fetch, send } = make(() => {
      setTimeout(() => controller.abort(), 5);
      return json({}, { status: 503, headers: { "retry-after-ms": "10000" } });
    });
    const error = await send(new Request("https://api.example.com/x", { signal: controller.signal })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(fetch.requests).toHaveLength(1);
  });

  it("after a 401 refreshes the credentials once and re-sends", async () => {
    const refreshCredentials = vi.fn(async () => true);
    const { fetch, send } = make(() => json({}, { status: 401 }), {
      refreshCredentials,
      reauthenticate: async (r) => r,
    });
    expect((await send(new Request("https://api.example.com/x"))).status).toBe(401);
    expect(refreshCredentials).toHaveBeenCalledTimes(1);
    expect(fetch.requests).toHaveLength(2);
  });
});

describe("a connection the runtime itself refuses", () => {
  it("is an APIConnectionError at once, not retried (Deno's NotCapable without --allow-net for the host)", async () => {
    const fetch = observedFetch(() => {
      const refusal = new Error('Requires net access to "127.0.0.1:1234", run again with the --allow-net flag');
      refusal.name = "NotCapable";
      throw refusal;
    });
    const send = createRetryFetch({ context, fetch, random: () => 1, maxRetries: 3 });
    const error = await send(new Request("https://api.example.com/x")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(String((error as Error).message)).toContain("the runtime does not allow a connection to api.example.com");
    expect(fetch.requests).toHaveLength(1);
  });
});
