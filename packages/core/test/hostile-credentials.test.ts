import { caught } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import {
  bearerAuth,
  ConfigurationError,
  CredentialsError,
  checkHeaderValue,
  headerAuth,
  headerValueProblem,
} from "../src/internal.js";
import { CONTEXT, everything, sendJson, startServer, testClient } from "./support/hostile-server.js";

const SECRET = "core-TESTSECRET-header-3b7d";

describe("headerValueProblem", () => {
  it.each([
    [`${SECRET}\n`, /a line feed \(LF\) at position 27 .*trailing newline/],
    [`${SECRET}\r\nX-Injected: 1`, /a carriage return \(CR\) at position 27/],
    [`\0${SECRET}`, /a NUL character at position 0/],
    [`${SECRET}\t`, /a tab at position 27/],
    [`${SECRET}\u007f`, /a DEL character/],
    [`${SECRET}\u001b[0m`, /a control character \(U\+001B\)/],
    [`${SECRET}\u2028`, /outside Latin-1/],
  ])("refuses %j, naming the kind and position only", (value, message) => {
    const problem = headerValueProblem(value);
    expect(problem).toMatch(message);
    expect(problem).not.toContain("TESTSECRET");
  });

  it.each([SECRET, "ory_pat_abc.DEF-123~+/=", "my-app/1.0 (+https://example.com) é"])("accepts %j", (value) =>
    expect(headerValueProblem(value)).toBeUndefined(),
  );

  it("checkHeaderValue names the option and refuses a non-string", () => {
    expect(() => checkHeaderValue(CONTEXT, "apiKey", `${SECRET}\n`)).toThrow(/apiKey cannot be sent in a header/);
    expect(() => checkHeaderValue(CONTEXT, "apiKey", 42)).toThrow(/apiKey must be a string/);
  });
});

describe("a credential or user agent that cannot be a header value", () => {
  it.each([
    ["token", () => bearerAuth(CONTEXT, { token: `${SECRET}\r\n` })],
    ["x-api-key", () => headerAuth("x-api-key", `${SECRET}\n`)],
    ["apiKey", () => headerAuth("x-api-key", `${SECRET}\0`, { context: CONTEXT, option: "apiKey" })],
    ["userAgent", () => testClient("http://127.0.0.1:9", { userAgent: `agent/1\r\nX-Evil: ${SECRET}` })],
  ])("%s: a ConfigurationError at creation that never quotes the value", (option, create) => {
    let error: unknown;
    try {
      create();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain(`${option} cannot be sent in a header`);
    for (const text of everything(error)) expect(text).not.toContain("TESTSECRET");
  });

  it("a token from getToken() with a newline: a CredentialsError, and the server gets nothing", async () => {
    const api = await startServer((_request, res) => sendJson(res, 200, {}));
    try {
      const auth = bearerAuth(CONTEXT, { getToken: async () => `${SECRET}\n` });
      const error = await caught(() => testClient(api.origin, { auth }).get());
      expect(error).toBeInstanceOf(CredentialsError);
      expect((error as Error).message).toMatch(/getToken\(\) returned a token that contains a line feed/);
      for (const text of everything(error)) expect(text).not.toContain("TESTSECRET");
      expect(api.connections()).toBe(0);
    } finally {
      await api.close();
    }
  });
});

describe("an application's own middleware", () => {
  it("never sees the credential, which still reaches the server, with what the middleware added", async () => {
    const server = await startServer((_request, res) => sendJson(res, 200, { things: [] }));
    try {
      const { client, get } = testClient(server.origin, { auth: bearerAuth(CONTEXT, { token: SECRET }) });
      const seen: (string | null)[] = [];
      client.use({
        onRequest({ request }) {
          seen.push(request.headers.get("authorization"));
          request.headers.set("x-app-trace", "t-1");
          return request;
        },
      });
      await get();
      expect(seen).toEqual([null]);
      expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${SECRET}`);
      expect(server.requests[0]?.headers["x-app-trace"]).toBe("t-1");
    } finally {
      await server.close();
    }
  });
});
