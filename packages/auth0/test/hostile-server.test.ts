import { caught, expectNoSecrets, replyJson as json, startRecordingServer as serve } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import {
  APIUserAbortError,
  ConfigurationError,
  CredentialsError,
  createAuth0Client,
  listSessions,
  RedirectError,
} from "../src/index.js";

const TOKEN = "auth0-hostile-TESTSECRET-token-6e02";

describe("auth0 against a hostile server", () => {
  it("a 302 to another origin: RedirectError, and nothing reaches it", async () => {
    const other = await serve((_req, res) => json(res, 200, { sessions: [{ id: "stolen" }] }));
    const api = await serve((_req, res) => {
      res.writeHead(302, { location: `${other.origin}/api/v2/users/u/sessions` });
      res.end();
    });
    try {
      const client = createAuth0Client({ baseUrl: `${api.origin}/api/v2`, token: TOKEN });
      const error = await caught(() => listSessions(client, { userId: "u" }).collect());
      expect(error).toBeInstanceOf(RedirectError);
      expect(other.connections()).toBe(0);
    } finally {
      await Promise.all([api.close(), other.close()]);
    }
  });

  it("a token from getToken() with CR LF is a CredentialsError before any request, not quoting it", async () => {
    const api = await serve((_req, res) => json(res, 200, { sessions: [] }));
    try {
      const client = createAuth0Client({ baseUrl: `${api.origin}/api/v2`, getToken: async () => `${TOKEN}\r\n` });
      const error = await caught(() => listSessions(client, { userId: "u" }).collect());
      expect(error).toBeInstanceOf(CredentialsError);
      expect((error as Error).message).toMatch(/carriage return \(CR\) at position \d+/);
      expectNoSecrets([error], [TOKEN]);
      expect(api.connections()).toBe(0);
    } finally {
      await api.close();
    }
  });

  it("a static token with a newline is a ConfigurationError at creation", () => {
    expect(() => createAuth0Client({ domain: "t.auth0.com", token: `${TOKEN}\n` })).toThrow(ConfigurationError);
    expect(() => createAuth0Client({ domain: "t.auth0.com", token: `${TOKEN}\n` })).toThrow(/token cannot be sent/);
  });

  it("aborting while getToken() never settles ends the listing with APIUserAbortError", async () => {
    const api = await serve((_req, res) => json(res, 200, { sessions: [] }));
    try {
      const controller = new AbortController();
      const getToken = () => {
        queueMicrotask(() => controller.abort());
        return new Promise<string>(() => {});
      };
      const client = createAuth0Client({ baseUrl: `${api.origin}/api/v2`, getToken });
      const error = await caught(() => listSessions(client, { userId: "u" }, { signal: controller.signal }).collect());
      expect(error).toBeInstanceOf(APIUserAbortError);
      expect(api.connections()).toBe(0);
    } finally {
      await api.close();
    }
  });
});
