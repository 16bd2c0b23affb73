import { caught, expectNoSecrets, type RecordedRequest, replyJson, startRecordingServer } from "@idp-sessions/testing";
import { afterAll, describe, expect, it } from "vitest";
import { canonicalRequest, createHuaweiIdentityCenterClient, listSessions, signRequest } from "../src/index.js";

const SK = "huawei-test-TESTSECRET-sk-3c1d";
const TOKEN = "huawei-TESTSECRET-security-token-77";

/** Verifies a raw request's signature the way the service does: recompute it from what arrived. */
async function verify(recorded: RecordedRequest, origin: string): Promise<boolean> {
  const authorization = String(recorded.headers.authorization ?? "");
  const signed = (authorization.match(/SignedHeaders=([^,]+)/)?.[1] ?? "").split(";");
  const headers = new Headers();
  for (const name of signed) if (name !== "host") headers.set(name, String(recorded.headers[name] ?? ""));
  const request = new Request(`${origin}${recorded.rawUrl}`, { headers });
  const resigned = await signRequest(request, { accessKeyId: "AK", secretAccessKey: SK });
  return resigned.headers.get("authorization") === authorization;
}

const server = await startRecordingServer((request, res) => {
  if (request.rawUrl.includes("echo")) {
    return replyJson(res, 401, {
      error_code: "APIG.0301",
      error_msg: `bad ${request.headers.authorization} ${request.headers["x-security-token"]}`,
    });
  }
  replyJson(res, 200, { session_list: [] }, { "x-request-id": "rq" });
});
afterAll(() => server.close());
const client = createHuaweiIdentityCenterClient({
  baseUrl: server.origin,
  accessKeyId: "AK",
  secretAccessKey: SK,
  securityToken: TOKEN,
  maxRetries: 0,
});

describe("huawei-identitycenter over a real HTTP server on 127.0.0.1", () => {
  it.each(["a/b", "../x", "a?b", "a#b", "100%", "with space", "ユーザー"])(
    "sends the user id %j as one path segment with a signature the server can verify",
    async (userId) => {
      server.requests.length = 0;
      await listSessions(client, { identityStoreId: "d-1", userId }).collect();
      const recorded = server.requests[0];
      if (!recorded) throw new Error("no request arrived");
      const segments = (recorded.rawUrl.split("?")[0] ?? "").split("/");
      expect(segments).toHaveLength(7);
      expect(decodeURIComponent(segments[5] ?? "")).toBe(userId);
      expect(recorded.headers["x-security-token"]).toBe(TOKEN);
      expect(await verify(recorded, server.origin)).toBe(true);
    },
  );

  it("a tampered path no longer verifies", async () => {
    server.requests.length = 0;
    await listSessions(client, { identityStoreId: "d-1", userId: "u1" }).collect();
    const recorded = server.requests[0];
    if (!recorded) throw new Error("no request arrived");
    expect(await verify({ ...recorded, rawUrl: recorded.rawUrl.replace("u1", "u2") }, server.origin)).toBe(false);
  });

  it("never lets the secret key, security token or signature into an error", async () => {
    const error = await caught(() => listSessions(client, { identityStoreId: "d-1", userId: "echo" }).collect());
    const request = new Request(`${server.origin}/v1/identity-stores/d-1/users/echo/sessions`);
    const { text } = await canonicalRequest(request, request.headers);
    expect(text).toContain("/echo/");
    const signature = String(server.requests.at(-1)?.headers.authorization ?? "").split("Signature=")[1] ?? "";
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expectNoSecrets([error], [SK, TOKEN, signature]);
  });
});
