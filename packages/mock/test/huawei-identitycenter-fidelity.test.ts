import {
  AuthenticationError,
  createHuaweiIdentityCenterClient,
  InternalServerError,
  listSessions,
  NotFoundError,
  RateLimitError,
} from "@idp-sessions/huawei-identitycenter";
import { afterAll, describe, expect, it } from "vitest";
import { startMockServers } from "../src/index.js";

/** The Huawei mock answers with the codes and texts Huawei publishes (the spec's Differences, items 5 and 6). */
const mock = await startMockServers({
  seed: 5,
  usersPerProvider: 1,
  sessionsPerUser: 2,
  providers: ["huawei-identitycenter"],
});
afterAll(() => mock.close());
const huawei = mock.providers["huawei-identitycenter"];
const user = huawei.users[0];
const params = { identityStoreId: user?.identityStoreId ?? "", userId: user?.userId ?? "" };
const client = (secretAccessKey = huawei.credentials.secretAccessKey) =>
  createHuaweiIdentityCenterClient({
    baseUrl: huawei.baseUrl,
    accessKeyId: huawei.credentials.accessKeyId,
    secretAccessKey,
    maxRetries: 0,
  });

/** The raw error response of a request, to compare the body with the X-Request-Id header. */
async function raw(path: string): Promise<{ status: number; requestId: string | null; body: Record<string, unknown> }> {
  const response = await fetch(`${huawei.baseUrl}${path}`);
  return {
    status: response.status,
    requestId: response.headers.get("x-request-id"),
    body: (await response.json()) as Record<string, unknown>,
  };
}

describe("huawei-identitycenter mock errors", () => {
  it("a bad signature is the gateway's APIG.0301, its request_id the X-Request-Id header", async () => {
    const answer = await raw(`/v1/identity-stores/${params.identityStoreId}/users/${params.userId}/sessions`);
    expect(answer).toMatchObject({ status: 401, body: { error_code: "APIG.0301" } });
    expect(answer.body.error_msg).toMatch(/^Incorrect IAM authentication information: /);
    expect(answer.body.request_id).toMatch(/^[0-9a-f]{32}$/);
    expect(answer.requestId).toBe(answer.body.request_id);
    await expect(listSessions(client("wrong-secret"), params).collect()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it("an unknown user is IIC.404 with the `Not Found: {0}.` template", async () => {
    await expect(listSessions(client(), { ...params, userId: "nobody" }).collect()).rejects.toMatchObject({
      constructor: NotFoundError,
      code: "IIC.404",
      providerMessage: "Not Found: user nobody.",
      requestId: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it("throttling is APIG.0308 and a server error IIC.1209", async () => {
    huawei.injectFaults({ kind: "429", retryAfterSeconds: 0 }, { kind: "500" });
    await expect(listSessions(client(), params).collect()).rejects.toMatchObject({
      constructor: RateLimitError,
      code: "APIG.0308",
      providerMessage: expect.stringMatching(/^The throttling threshold has been reached: /),
    });
    await expect(listSessions(client(), params).collect()).rejects.toMatchObject({
      constructor: InternalServerError,
      code: "IIC.1209",
    });
  });
});
