import { caught } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import { type Authenticator, headerAuth, RedirectError } from "../src/internal.js";
import { everything, plainClient, sendJson, startServer, testClient } from "./support/hostile-server.js";

const KEY = "core-TESTSECRET-api-key-8d1f";
const TOKEN = "core-TESTSECRET-bearer-4c2e";

/** The other origin: any request reaching it answers with a body the client must never hand over. */
const startOther = () => startServer((_request, res) => sendJson(res, 200, { stolen: true }));

describe("a redirect to another origin", () => {
  it.each([302, 307])("%i: a RedirectError naming the origin only, and nothing at all reaches it", async (status) => {
    const other = await startOther();
    const api = await startServer((_request, res) => {
      res.writeHead(status, { location: `${other.origin}/collect?key=${KEY}` });
      res.end();
    });
    try {
      const { get } = testClient(api.origin, { auth: headerAuth("x-api-key", KEY) });
      const error = await caught(() => get());
      expect(error).toBeInstanceOf(RedirectError);
      expect(error).toMatchObject({ status, targetOrigin: other.origin });
      expect((error as Error).message).toContain(`another origin (${other.origin})`);
      for (const text of everything(error)) expect(text).not.toMatch(/collect|key=|TESTSECRET/);
      expect(other.connections()).toBe(0);
      expect(other.requests).toEqual([]);
      expect(api.requests).toHaveLength(1);
    } finally {
      await Promise.all([api.close(), other.close()]);
    }
  });

  it("plain openapi-fetch, for comparison, sends the API key there and returns the other body", async () => {
    const other = await startOther();
    const api = await startServer((_request, res) => {
      res.writeHead(307, { location: `${other.origin}/collect` });
      res.end();
    });
    try {
      const result = await plainClient(api.origin).GET("/things", { headers: { "x-api-key": KEY } });
      expect(result.data).toEqual({ stolen: true });
      expect(other.requests[0]?.headers["x-api-key"]).toBe(KEY);
    } finally {
      await Promise.all([api.close(), other.close()]);
    }
  });

  it("a custom fetch that follows redirects anyway: the other origin's answer is dropped", async () => {
    const other = await startOther();
    const api = await startServer((_request, res) => {
      res.writeHead(302, { location: `${other.origin}/collect` });
      res.end();
    });
    try {
      const following = (request: Request) => fetch(new Request(request, { redirect: "follow" }));
      const { get } = testClient(api.origin, { fetch: following });
      const error = await caught(() => get());
      expect(error).toBeInstanceOf(RedirectError);
      expect((error as RedirectError).targetOrigin).toBe(other.origin);
    } finally {
      await Promise.all([api.close(), other.close()]);
    }
  });

  it("a browser's opaque redirect (status 0, no Location) is a RedirectError", async () => {
    const api = await startServer((_request, res) => {
      res.writeHead(302, { location: "/elsewhere" });
      res.end();
    });
    try {
      // What a browser's fetch makes of this exchange under redirect: "manual".
      const browserLike = async (request: Request) => {
        const real = await fetch(request);
        await real.body?.cancel();
        const opaque = new Response(null, { status: 200 });
        Object.defineProperties(opaque, { type: { value: "opaqueredirect" }, status: { value: 0 } });
        return opaque;
      };
      const error = await caught(() => testClient(api.origin, { fetch: browserLike }).get());
      expect(error).toBeInstanceOf(RedirectError);
      expect(error).toMatchObject({ status: 0, targetOrigin: undefined });
      expect((error as Error).message).toMatch(/the target cannot be read/);
    } finally {
      await api.close();
    }
  });
});

describe("a same-origin redirect", () => {
  it("is followed, and the hop is authenticated anew", async () => {
    let n = 0;
    const api = await startServer((request, res) => {
      if (request.rawUrl.startsWith("/things")) {
        res.writeHead(301, { location: "/v2/things?page=1" });
        return res.end();
      }
      sendJson(res, 200, { ok: true, at: request.rawUrl });
    });
    try {
      // Each call signs anew (as Huawei's signature over the path must be): the hop carries signature 2.
      const auth: Authenticator = {
        async authenticate(request) {
          request.headers.set("authorization", `Bearer ${TOKEN}-${++n}-${new URL(request.url).pathname}`);
          return request;
        },
        secrets: () => [TOKEN],
      };
      const { data } = await testClient(api.origin, { auth }).get();
      expect(data).toEqual({ ok: true, at: "/v2/things?page=1" });
      expect(api.requests.map((r) => [r.rawUrl, r.headers.authorization])).toEqual([
        ["/things", `Bearer ${TOKEN}-1-/things`],
        ["/v2/things?page=1", `Bearer ${TOKEN}-2-/v2/things`],
      ]);
    } finally {
      await api.close();
    }
  });

  it("307 keeps a POST and its body; 302 after a POST is refused", async () => {
    const api = await startServer((request, res) => {
      if (request.rawUrl === "/things") {
        res.writeHead(request.headers["x-case"] === "302" ? 302 : 307, { location: "/v2/things" });
        return res.end();
      }
      sendJson(res, 200, { method: request.method, body: request.body });
    });
    try {
      const { data } = await testClient(api.origin).post({ q: 1 });
      expect(data).toEqual({ method: "POST", body: '{"q":1}' });
      const refusing = testClient(api.origin, { auth: headerAuth("x-case", "302") });
      const error = await caught(() => refusing.post({ q: 1 }));
      expect(error).toBeInstanceOf(RedirectError);
      expect((error as Error).message).toMatch(/in answer to POST/);
    } finally {
      await api.close();
    }
  });

  it("a loop stops with a RedirectError after 5 hops", async () => {
    const api = await startServer((_request, res) => {
      res.writeHead(302, { location: "/things" });
      res.end();
    });
    try {
      const error = await caught(() => testClient(api.origin, { maxRetries: 0 }).get());
      expect(error).toBeInstanceOf(RedirectError);
      expect((error as Error).message).toMatch(/more than 5 times/);
      expect(api.requests).toHaveLength(6);
    } finally {
      await api.close();
    }
  });
});
