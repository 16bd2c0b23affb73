import { createAuth0Client, listSessions as listAuth0 } from "@idp-sessions/auth0";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  createHuaweiIdentityCenterClient,
  listSessions as listHuawei,
  NotFoundError,
  ResponseValidationError,
  signRequest,
} from "@idp-sessions/huawei-identitycenter";
import {
  createMonoCloudClient,
  listSessions as listMonoCloud,
  UnprocessableEntityError,
} from "@idp-sessions/monocloud";
import { createOryKratosClient, listSessions as listKratos } from "@idp-sessions/ory-kratos";
import { createZitadelClient, listSessions as listZitadel } from "@idp-sessions/zitadel";

import { afterAll, describe, expect, it } from "vitest";
import { startMockServers } from "../src/index.js";

const mock = await startMockServers({
  seed: 3,
  usersPerProvider: 1,
  sessionsPerUser: 5,
  huaweiTemporaryCredentials: true,
});
afterAll(() => mock.close());
const p = mock.providers;
const auth0 = (token = p.auth0.credentials.token, options = {}) =>
  createAuth0Client({ baseUrl: p.auth0.baseUrl, token, maxRetries: 0, ...options });
const auth0User = p.auth0.users[0]?.userId ?? "";

describe("authentication is checked as the real services do", () => {
  it.each([
    ["auth0", () => listAuth0(auth0("wrong-token"), { userId: auth0User }).collect()],
    [
      "ory-kratos",
      () =>
        listKratos(createOryKratosClient({ baseUrl: p["ory-kratos"].baseUrl, token: "wrong", maxRetries: 0 }), {
          identityId: p["ory-kratos"].users[0]?.userId ?? "",
        }).collect(),
    ],
    [
      "ory-kratos without a token",
      () =>
        listKratos(createOryKratosClient({ baseUrl: p["ory-kratos"].baseUrl, maxRetries: 0 }), {
          identityId: p["ory-kratos"].users[0]?.userId ?? "",
        }).collect(),
    ],
    [
      "monocloud",
      () =>
        listMonoCloud(createMonoCloudClient({ baseUrl: p.monocloud.baseUrl, apiKey: "wrong", maxRetries: 0 }), {
          userId: p.monocloud.users[0]?.userId ?? "",
        }).collect(),
    ],
    [
      "zitadel",
      () =>
        listZitadel(createZitadelClient({ baseUrl: p.zitadel.baseUrl, token: "wrong", maxRetries: 0 }), {
          userId: "1",
        }).collect(),
    ],
  ])("%s: a wrong or missing credential is a 401 with the provider's error body", async (_name, run) => {
    await expect(run()).rejects.toBeInstanceOf(AuthenticationError);
  });

  const huawei = p["huawei-identitycenter"];
  const user = huawei.users[0];
  const path = `/v1/identity-stores/${user?.identityStoreId}/users/${user?.userId}/sessions`;
  const { accessKeyId = "", secretAccessKey = "", securityToken = "" } = huawei.credentials;
  const send = async (request: Request) => (await fetch(request)).status;

  it("huawei: a correctly signed request with the security token passes", async () => {
    expect(
      await send(
        await signRequest(new Request(`${huawei.baseUrl}${path}`), { accessKeyId, secretAccessKey, securityToken }),
      ),
    ).toBe(200);
  });
  it("huawei: a wrong secret key fails", async () => {
    expect(
      await send(
        await signRequest(new Request(`${huawei.baseUrl}${path}`), {
          accessKeyId,
          secretAccessKey: "wrong",
          securityToken,
        }),
      ),
    ).toBe(401);
  });
  it("huawei: a tampered path fails", async () => {
    const signed = await signRequest(new Request(`${huawei.baseUrl}${path}`), {
      accessKeyId,
      secretAccessKey,
      securityToken,
    });
    const other = signed.url.replace(`/users/${user?.userId}/`, "/users/someone-else/");
    expect(other).not.toBe(signed.url);
    expect(await send(new Request(other, { headers: signed.headers }))).toBe(401);
  });
  it("huawei: a tampered signed header fails", async () => {
    const signed = await signRequest(new Request(`${huawei.baseUrl}${path}`, { headers: { "x-extra": "a" } }), {
      accessKeyId,
      secretAccessKey,
      securityToken,
    });
    const headers = new Headers(signed.headers);
    headers.set("x-extra", "b");
    expect(await send(new Request(signed.url, { headers }))).toBe(401);
  });
  it("huawei: an X-Sdk-Date outside the 15-minute window fails", async () => {
    const old = new Date(Date.now() - 16 * 60_000);
    expect(
      await send(
        await signRequest(
          new Request(`${huawei.baseUrl}${path}`),
          { accessKeyId, secretAccessKey, securityToken },
          old,
        ),
      ),
    ).toBe(401);
  });
  it("huawei: temporary credentials without X-Security-Token fail", async () => {
    expect(
      await send(await signRequest(new Request(`${huawei.baseUrl}${path}`), { accessKeyId, secretAccessKey })),
    ).toBe(401);
    const client = createHuaweiIdentityCenterClient({
      baseUrl: huawei.baseUrl,
      accessKeyId,
      secretAccessKey,
      maxRetries: 0,
    });
    await expect(
      listHuawei(client, { identityStoreId: user?.identityStoreId ?? "", userId: user?.userId ?? "" }).collect(),
    ).rejects.toBeInstanceOf(AuthenticationError);
  });
});

describe("documented errors", () => {
  it("unknown users are 404, except at Kratos, which does not look the identity up (200, no sessions)", async () => {
    await expect(listAuth0(auth0(), { userId: "auth0|nobody" }).collect()).rejects.toBeInstanceOf(NotFoundError);
    const kratos = createOryKratosClient({
      baseUrl: p["ory-kratos"].baseUrl,
      token: p["ory-kratos"].credentials.token,
      maxRetries: 0,
    });
    expect(await listKratos(kratos, { identityId: "00000000-0000-4000-8000-000000000000" }).collect()).toEqual([]);
  });
  it("invalid parameters are 400 (Kratos non-UUID id, Auth0 take, ZITADEL limit) or 422 (MonoCloud size)", async () => {
    const kratos = createOryKratosClient({
      baseUrl: p["ory-kratos"].baseUrl,
      token: p["ory-kratos"].credentials.token,
      maxRetries: 0,
    });
    // The clients refuse these two before sending (the spec's uuid format and take maximum): ask the mock directly.
    expect(() => listKratos(kratos, { identityId: "not-a-uuid" })).toThrow(ConfigurationError);
    const kratosAuth = { authorization: `Bearer ${p["ory-kratos"].credentials.token}` };
    expect(
      (await fetch(`${p["ory-kratos"].baseUrl}/admin/identities/not-a-uuid/sessions`, { headers: kratosAuth })).status,
    ).toBe(400);
    expect(() => listAuth0(auth0(), { userId: auth0User }, { pageSize: 101 })).toThrow(ConfigurationError);
    const auth0Auth = { authorization: `Bearer ${p.auth0.credentials.token}` };
    const take101 = `${p.auth0.baseUrl}/users/${encodeURIComponent(auth0User)}/sessions?take=101`;
    expect((await fetch(take101, { headers: auth0Auth })).status).toBe(400);
    const zitadel = createZitadelClient({
      baseUrl: p.zitadel.baseUrl,
      token: p.zitadel.credentials.token,
      maxRetries: 0,
    });
    await expect(listZitadel(zitadel, { userId: "1" }, { pageSize: 1001 }).collect()).rejects.toBeInstanceOf(
      BadRequestError,
    );
    const mono = createMonoCloudClient({
      baseUrl: p.monocloud.baseUrl,
      apiKey: p.monocloud.credentials.apiKey,
      maxRetries: 0,
    });
    await expect(
      listMonoCloud(mono, { userId: p.monocloud.users[0]?.userId ?? "" }, { pageSize: 500 }).collect(),
    ).rejects.toBeInstanceOf(UnprocessableEntityError);
  });
  it("accepts what the official SDKs send (Auth0's include_totals=true)", async () => {
    const response = await fetch(
      `${p.auth0.baseUrl}/users/${encodeURIComponent(auth0User)}/sessions?include_totals=true&take=2`,
      {
        headers: { authorization: `Bearer ${p.auth0.credentials.token}` },
      },
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as { sessions: unknown[] }).sessions).toHaveLength(2);
  });
});

describe("fault injection", () => {
  it("429 with Retry-After, then success: the client waits and retries", async () => {
    p.auth0.injectFaults({ kind: "429", retryAfterSeconds: 0 }, { kind: "503" });
    const sessions = await listAuth0(auth0(p.auth0.credentials.token, { maxRetries: 2 }), {
      userId: auth0User,
    }).collect();
    expect(sessions).toHaveLength(5);
  });
  it("a reset connection is an APIConnectionError", async () => {
    p.auth0.injectFaults({ kind: "reset" });
    await expect(listAuth0(auth0(), { userId: auth0User }).collect()).rejects.toBeInstanceOf(APIConnectionError);
  });
  it("a slow response hits the per-attempt timeout", async () => {
    p.auth0.injectFaults({ kind: "slow", delayMs: 300 });
    await expect(
      listAuth0(auth0(p.auth0.credentials.token, { timeoutMs: 50 }), { userId: auth0User }).collect(),
    ).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });
  it("malformed JSON is a ResponseValidationError; a truncated body an APIConnectionError", async () => {
    p.auth0.injectFaults({ kind: "malformed" });
    await expect(listAuth0(auth0(), { userId: auth0User }).collect()).rejects.toBeInstanceOf(ResponseValidationError);
    p.auth0.injectFaults({ kind: "truncated" });
    await expect(listAuth0(auth0(), { userId: auth0User }).collect()).rejects.toBeInstanceOf(APIConnectionError);
  });
  it("a per-request x-mock-fault header injects a fault", async () => {
    const response = await fetch(`${p.zitadel.baseUrl}/v2/sessions/search`, {
      method: "POST",
      headers: { "x-mock-fault": "500" },
      body: "{}",
    });
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ code: 13 });
  });
});

describe("close()", () => {
  it("ends open keep-alive connections and frees the port", async () => {
    const m = await startMockServers({ providers: ["auth0"], sessionsPerUser: 1 });
    const { baseUrl, credentials, users } = m.providers.auth0;
    await listAuth0(createAuth0Client({ baseUrl, token: credentials.token }), {
      userId: users[0]?.userId ?? "",
    }).collect();
    await m.close();
    await expect(fetch(`${baseUrl}/users/x/sessions`)).rejects.toThrow();
  });
});
