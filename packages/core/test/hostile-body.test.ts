import { gzipSync } from "node:zlib";
import { caught } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  type Authenticator,
  createRetryFetch,
  InternalServerError,
  ResponseTooLargeError,
} from "../src/internal.js";
import { CONTEXT, sendJson, startServer, testClient } from "./support/hostile-server.js";

const MiB = 1024 * 1024;
// A short timeout as configuration, so that a stalled body ends the test quickly; no duration is asserted,
// and no assertion depends on what reached the server before it fired (a loaded machine may be slow).
const quick = { timeoutMs: 200, maxRetries: 0 } as const;

/** Numbers the attempts: every attempt is authenticated, so the server can tell them apart. */
function counting(): Authenticator {
  let n = 0;
  return {
    async authenticate(request) {
      request.headers.set("x-attempt", String(++n));
      return request;
    },
    secrets: () => [],
  };
}

describe("the timeout and the caller's signal cover the body", () => {
  it("a body that stalls after one byte is an APIConnectionTimeoutError", async () => {
    const api = await startServer((_request, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write("{");
    });
    try {
      expect(await caught(() => testClient(api.origin, quick).get())).toBeInstanceOf(APIConnectionTimeoutError);
    } finally {
      await api.close();
    }
  });

  it("a timeout while reading the body is retried like any timeout", async () => {
    // Attempt 1's answer stalls mid-body until the client gives up; attempt 2's is whole.
    const api = await startServer((request, res) => {
      if (request.headers["x-attempt"] === "1") {
        res.writeHead(200, { "content-type": "application/json" });
        return res.write("{");
      }
      sendJson(res, 200, { attempt: request.headers["x-attempt"] });
    });
    try {
      // Long enough for a whole exchange on a loaded machine; only the stalled body can use it all up.
      const { data } = await testClient(api.origin, { timeoutMs: 1_500, maxRetries: 1, auth: counting() }).get();
      expect(data).toEqual({ attempt: "2" });
    } finally {
      await api.close();
    }
  });

  it("an error body that trickles forever, too", async () => {
    const api = await startServer((_request, res) => {
      res.writeHead(400, { "content-type": "application/json" });
      const timer = setInterval(() => res.write(" "), 20);
      res.on("close", () => clearInterval(timer));
    });
    try {
      expect(await caught(() => testClient(api.origin, quick).get())).toBeInstanceOf(APIConnectionTimeoutError);
    } finally {
      await api.close();
    }
  });

  it("the caller's abort while the body trickles is an APIUserAbortError, not retried", async () => {
    const controller = new AbortController();
    const api = await startServer((_request, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write("[", () => controller.abort());
    });
    try {
      // A long timeout: only the abort can end this call.
      const client = testClient(api.origin, { timeoutMs: 600_000, maxRetries: 2 });
      expect(await caught(() => client.get({ signal: controller.signal }))).toBeInstanceOf(APIUserAbortError);
      expect(api.requests).toHaveLength(1);
    } finally {
      await api.close();
    }
  });

  it("a body cut off mid-stream is an APIConnectionError, retried; the retry's answer is returned", async () => {
    const api = await startServer((request, res) => {
      if (request.headers["x-attempt"] === "1") {
        res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
        res.write('{"partial":');
        return setImmediate(() => res.destroy());
      }
      sendJson(res, 200, { attempt: request.headers["x-attempt"] });
    });
    try {
      expect((await testClient(api.origin, { maxRetries: 1, auth: counting() }).get()).data).toEqual({ attempt: "2" });
      const broken = await startServer((_request, res) => {
        res.writeHead(200, { "content-length": "100" });
        res.write("{");
        setImmediate(() => res.destroy());
      });
      try {
        const error = await caught(() => testClient(broken.origin, { maxRetries: 0 }).get());
        expect(error).toBeInstanceOf(APIConnectionError);
        expect((error as Error).message).toMatch(/the connection broke while reading the response/);
      } finally {
        await broken.close();
      }
    } finally {
      await api.close();
    }
  });
});

describe("the response size is bounded", () => {
  it("a gzip bomb (50 MB of zeros) stops at maxResponseBytes with a ResponseTooLargeError, not retried", async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024));
    const api = await startServer((_request, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.end(bomb);
    });
    try {
      const error = await caught(() => testClient(api.origin, { maxResponseBytes: MiB, maxRetries: 2 }).get());
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect(error).toMatchObject({ status: 200, maxResponseBytes: MiB });
      expect(api.requests).toHaveLength(1);
    } finally {
      await api.close();
    }
  });

  it("a declared Content-Length over the limit fails before the body is read", async () => {
    const api = await startServer((_request, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": String(5 * MiB) });
      res.write("[");
    });
    try {
      const error = await caught(() => testClient(api.origin, { maxResponseBytes: MiB, timeoutMs: 600_000 }).get());
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect((error as Error).message).toMatch(/declares 5242880 bytes/);
    } finally {
      await api.close();
    }
  });

  it("an error body over the limit, too; one under it is an ordinary APIError", async () => {
    const api = await startServer((request, res) => {
      const size = request.rawUrl.includes("big") ? 2 * MiB : 100;
      sendJson(res, 500, { message: "x".repeat(size) });
    });
    try {
      const client = testClient(api.origin, { maxResponseBytes: MiB, maxRetries: 0 });
      expect(await caught(() => client.get({ query: { case: "big" } }))).toBeInstanceOf(ResponseTooLargeError);
      expect(await caught(() => client.get())).toBeInstanceOf(InternalServerError);
    } finally {
      await api.close();
    }
  });

  it("bodyless answers stay bodyless (204, HEAD)", async () => {
    const api = await startServer((_request, res) => {
      res.writeHead(204);
      res.end();
    });
    try {
      const send = createRetryFetch({ context: CONTEXT });
      const response = await send(new Request(`${api.origin}/things`));
      expect([response.status, response.body, response.url]).toEqual([204, null, `${api.origin}/things`]);
      const head = await send(new Request(`${api.origin}/things`, { method: "HEAD" }));
      expect(head.body).toBeNull();
    } finally {
      await api.close();
    }
  });
});
