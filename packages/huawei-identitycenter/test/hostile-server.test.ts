import type { ServerResponse } from "node:http";
import { caught, expectNoSecrets, type RecordedRequest, startRecordingServer as serve } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import {
  ConfigurationError,
  createHuaweiIdentityCenterClient,
  encodedAuthorizationMessage,
  listSessions,
  RedirectError,
  ResponseTooLargeError,
  signRequest,
} from "../src/index.js";

const SK = "huawei-hostile-TESTSECRET-sk-41f0";
const TOKEN = "huawei-hostile-TESTSECRET-security-token-0d";
const PARAMS = { identityStoreId: "d-1", userId: "u1" };

/** Recomputes the signature from what arrived, as the service does. */
async function verifies(req: RecordedRequest, origin: string): Promise<boolean> {
  const authorization = String(req.headers.authorization ?? "");
  const signed = (authorization.match(/SignedHeaders=([^,]+)/)?.[1] ?? "").split(";");
  const headers = new Headers();
  for (const name of signed) if (name !== "host") headers.set(name, String(req.headers[name] ?? ""));
  const resigned = await signRequest(new Request(`${origin}${req.rawUrl}`, { headers }), {
    accessKeyId: "AK",
    secretAccessKey: SK,
  });
  return resigned.headers.get("authorization") === authorization;
}

const create = (baseUrl: string, extra: Record<string, unknown> = {}) =>
  createHuaweiIdentityCenterClient({ baseUrl, accessKeyId: "AK", secretAccessKey: SK, securityToken: TOKEN, ...extra });

const sessions = (res: ServerResponse, body: unknown = { session_list: [{ session_id: "s1" }] }) => {
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};

describe("huawei-identitycenter against a hostile server", () => {
  it.each([302, 307])("a %i to another origin: RedirectError, X-Security-Token never goes there", async (status) => {
    const other = await serve((_req, res) => sessions(res));
    const api = await serve((req, res) => {
      res.writeHead(status, { location: `${other.origin}${req.rawUrl}` });
      res.end();
    });
    try {
      const error = await caught(() => listSessions(create(api.origin), PARAMS).collect());
      expect(error).toBeInstanceOf(RedirectError);
      expect(other.connections()).toBe(0);
      expectNoSecrets([error], [SK, TOKEN]);
    } finally {
      await Promise.all([api.close(), other.close()]);
    }
  });

  it("a same-origin redirect is followed, signed anew over its own path", async () => {
    const api = await serve((req, res) => {
      if (req.rawUrl.startsWith("/v1/")) {
        res.writeHead(302, { location: `/moved${req.rawUrl}` });
        return res.end();
      }
      sessions(res);
    });
    try {
      expect(await listSessions(create(api.origin), PARAMS).collect()).toEqual([{ session_id: "s1" }]);
      const [first, hop] = api.requests;
      if (!first || !hop) throw new Error("expected two requests");
      expect(hop.rawUrl).toBe(`/moved${first.rawUrl}`);
      expect(hop.headers["x-security-token"]).toBe(TOKEN);
      expect(hop.headers.authorization).not.toBe(first.headers.authorization);
      expect([await verifies(first, api.origin), await verifies(hop, api.origin)]).toEqual([true, true]);
    } finally {
      await api.close();
    }
  });

  it("an echoed security token is scrubbed from the request id and the body", async () => {
    const api = await serve((req, res) => {
      const token = String(req.headers["x-security-token"]);
      res.writeHead(403, { "content-type": "application/json", "x-request-id": token });
      res.end(JSON.stringify({ error_code: token, error_msg: token, [token]: { deeper: token } }));
    });
    try {
      const error = await caught(() => listSessions(create(api.origin), PARAMS).collect());
      expect(error).toMatchObject({ status: 403, requestId: "[redacted]" });
      expectNoSecrets([error], [TOKEN]);
    } finally {
      await api.close();
    }
  });

  it("an echoed security token inside encoded_authorization_message is scrubbed there too", async () => {
    const api = await serve((req, res) => {
      const token = String(req.headers["x-security-token"]);
      res.writeHead(403, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          error: { code: "IIC.1000", message: "denied", encoded_authorization_message: `enc-${token}-enc` },
        }),
      );
    });
    try {
      const error = await caught(() => listSessions(create(api.origin), PARAMS).collect());
      const encoded = encodedAuthorizationMessage(error);
      expect(encoded).toMatch(/^enc-.*-enc$/);
      expectNoSecrets([error, encoded], [SK, TOKEN]);
    } finally {
      await api.close();
    }
  });

  it("maxResponseBytes reaches the client", async () => {
    const api = await serve((_req, res) => sessions(res, { session_list: [{ session_id: "x".repeat(4096) }] }));
    try {
      const error = await caught(() => listSessions(create(api.origin, { maxResponseBytes: 1024 }), PARAMS).collect());
      expect(error).toBeInstanceOf(ResponseTooLargeError);
    } finally {
      await api.close();
    }
  });

  it.each([
    ["accessKeyId", { accessKeyId: "AK\r\nX-Evil: 1" }],
    ["secretAccessKey", { secretAccessKey: `${SK}\n` }],
    ["securityToken", { securityToken: `${TOKEN}\u0000` }],
  ])("%s with a control character is a ConfigurationError that does not quote it", (option, bad) => {
    let error: unknown;
    try {
      create("http://127.0.0.1:9", bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain(`${option} cannot be sent in a header`);
    expectNoSecrets([error], [SK, TOKEN, "X-Evil"]);
  });
});
