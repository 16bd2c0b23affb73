import { json, observedFetch } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import {
  createHuaweiIdentityCenterClient,
  InternalServerError,
  listSessions,
  PermissionDeniedError,
  RateLimitError,
} from "../src/index.js";

const creds = { accessKeyId: "HPUAEXAMPLEAK", secretAccessKey: "huawei-TESTSECRET-key-abc123" };
function clientWith(handler: Parameters<typeof observedFetch>[0], maxRetries = 0) {
  const fetch = observedFetch(handler);
  return { fetch, client: createHuaweiIdentityCenterClient({ region: "ap-southeast-1", ...creds, fetch, maxRetries }) };
}
const session = { creation_time: 1753858567, session_id: "s1", session_not_valid_after: 1753887367, user_id: "u1" };

describe("huawei-identitycenter listSessions", () => {
  it("fetches the one response, signed, from the regional endpoint", async () => {
    const { fetch, client } = clientWith(() => json({ session_list: [session] }));
    expect(await listSessions(client, { identityStoreId: "d-123", userId: "u1" }).collect()).toEqual([session]);
    const request = fetch.requests[0];
    expect(request?.url).toBe(
      "https://identitystore.ap-southeast-1.myhuaweicloud.com/v1/identity-stores/d-123/users/u1/sessions",
    );
    expect(request?.headers.get("authorization")).toMatch(
      /^SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK, SignedHeaders=[a-z;-]*host[a-z;-]*, Signature=[0-9a-f]{64}$/,
    );
    expect(request?.headers.get("x-sdk-date")).toMatch(/^\d{8}T\d{6}Z$/);
    expect(fetch.requests).toHaveLength(1);
  });

  it("reads a missing session_list as no sessions", async () => {
    const { client } = clientWith(() => json({}));
    expect(await listSessions(client, { identityStoreId: "d-123", userId: "u1" }).collect()).toEqual([]);
  });

  it("reads the flat error body and X-Request-Id", async () => {
    const { client } = clientWith(() =>
      json(
        { error_code: "IIC.1000", error_msg: "No permission for action ListSessions." },
        { status: 403, headers: { "x-request-id": "rq-1" } },
      ),
    );
    await expect(listSessions(client, { identityStoreId: "d", userId: "u" }).collect()).rejects.toMatchObject({
      constructor: PermissionDeniedError,
      code: "IIC.1000",
      providerMessage: "No permission for action ListSessions.",
      requestId: "rq-1",
    });
  });

  it("reads the nested error body", async () => {
    const { client } = clientWith(() =>
      json({ error: { code: "IIC.1209", message: "Bad Request:failed to query the organization." } }, { status: 500 }),
    );
    await expect(listSessions(client, { identityStoreId: "d", userId: "u" }).collect()).rejects.toMatchObject({
      constructor: InternalServerError,
      code: "IIC.1209",
    });
  });

  it("retries APIG.0308 throttling and signs the retry anew", async () => {
    let calls = 0;
    const { fetch, client } = clientWith(
      () =>
        ++calls === 1
          ? json({ error_code: "APIG.0308", error_msg: "throttled" }, { status: 429, headers: { "retry-after": "0" } })
          : json({ session_list: [session] }),
      1,
    );
    expect(await listSessions(client, { identityStoreId: "d", userId: "u" }).collect()).toHaveLength(1);
    const [first = "", second = ""] = fetch.requests.map((r) => r.headers.get("authorization") ?? "");
    expect(second).toMatch(/Signature=[0-9a-f]{64}$/);
    expect(second.split("SignedHeaders=")[1]).not.toContain("authorization");
    expect(first.split("SignedHeaders=")[1]?.split(",")[0]).toBe(second.split("SignedHeaders=")[1]?.split(",")[0]);
  });

  it("gives up on throttling after maxRetries with RateLimitError", async () => {
    const { client } = clientWith(() =>
      json({ error_code: "APIG.0308", error_msg: "throttled" }, { status: 429, headers: { "retry-after": "0" } }),
    );
    await expect(listSessions(client, { identityStoreId: "d", userId: "u" }).collect()).rejects.toBeInstanceOf(
      RateLimitError,
    );
  });
});
