import type { ServerResponse } from "node:http";
import { caught, expectNoSecrets, startRecordingServer as serve } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import {
  ConfigurationError,
  createMonoCloudClient,
  listSessions,
  RedirectError,
  ResponseTooLargeError,
} from "../src/index.js";

const API_KEY = "monocloud-hostile-TESTSECRET-key-91aa";

const page = (res: ServerResponse, body: unknown = [{ id: "s1" }]) => {
  res.writeHead(200, { "content-type": "application/json", "x-pagination": '{"has_next":false}' });
  res.end(JSON.stringify(body));
};

describe("monocloud against a hostile server", () => {
  it.each([302, 307])("a %i to another origin: RedirectError, and X-API-KEY never goes there", async (status) => {
    const other = await serve((_req, res) => page(res));
    const api = await serve((_req, res) => {
      res.writeHead(status, { location: `${other.origin}/api/users/u/sessions?k=${API_KEY}` });
      res.end();
    });
    try {
      const client = createMonoCloudClient({ baseUrl: `${api.origin}/api`, apiKey: API_KEY });
      const error = await caught(() => listSessions(client, { userId: "u" }).collect());
      expect(error).toBeInstanceOf(RedirectError);
      expect((error as RedirectError).targetOrigin).toBe(other.origin);
      expect(other.connections()).toBe(0);
      expectNoSecrets([error], [API_KEY, "k="]);
    } finally {
      await Promise.all([api.close(), other.close()]);
    }
  });

  it("a same-origin redirect is followed with the key", async () => {
    const api = await serve((req, res) => {
      if (req.rawUrl.startsWith("/api/")) {
        res.writeHead(308, { location: `/v2${req.rawUrl}` });
        return res.end();
      }
      page(res);
    });
    try {
      const client = createMonoCloudClient({ baseUrl: `${api.origin}/api`, apiKey: API_KEY });
      expect(await listSessions(client, { userId: "u" }).collect()).toEqual([{ id: "s1" }]);
      expect(api.requests.map((r) => [r.rawUrl.split("?")[0], r.headers["x-api-key"]])).toEqual([
        ["/api/users/u/sessions", API_KEY],
        ["/v2/api/users/u/sessions", API_KEY],
      ]);
    } finally {
      await api.close();
    }
  });

  it("maxResponseBytes reaches the client", async () => {
    const api = await serve((_req, res) => page(res, [{ id: "x".repeat(4096) }]));
    try {
      const client = createMonoCloudClient({ baseUrl: `${api.origin}/api`, apiKey: API_KEY, maxResponseBytes: 1024 });
      expect(await caught(() => listSessions(client, { userId: "u" }).collect())).toBeInstanceOf(ResponseTooLargeError);
    } finally {
      await api.close();
    }
  });

  it("an API key with a newline is a ConfigurationError at creation that does not quote it", () => {
    const create = () => createMonoCloudClient({ baseUrl: "http://127.0.0.1:9/api", apiKey: `${API_KEY}\n` });
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow(
      `apiKey cannot be sent in a header: it contains a line feed (LF) at position ${API_KEY.length}`,
    );
    expectNoSecrets([caughtSync(create)], [API_KEY]);
  });
});

function caughtSync(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}
