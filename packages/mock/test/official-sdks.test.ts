import { BasicCredentials } from "@huaweicloud/huaweicloud-sdk-core";
import {
  BatchDeleteSessionsReqBody,
  BatchDeleteSessionsRequest,
  IdentityCenterStoreClient,
  ListSessionsRequest,
} from "@huaweicloud/huaweicloud-sdk-identitycenterstore";
import { Configuration, IdentityApi } from "@ory/client-fetch";
import { ManagementClient } from "auth0";
import { describe, expect, it } from "vitest";
import type { MockProvider } from "../src/index.js";
import { ownServer } from "./own-server.js";

/**
 * The providers' official SDKs (the versions bench/ uses), pointed at the mock servers, revoke sessions
 * unchanged. MonoCloud's management SDK is not on the registry this project reaches, and ZITADEL's speak
 * Connect/gRPC, not the REST gateway (specs/zitadel.yaml, Differences 16): neither is tested here.
 */
const auth0Sdk = (server: MockProvider) => {
  // The SDK always builds https://{domain}/api/v2; its `fetch` option sends that to the loopback mock.
  const fake = "https://mock.auth0.invalid/api/v2";
  return new ManagementClient({
    domain: "mock.auth0.invalid",
    token: server.credentials.token ?? "",
    fetch: (input: RequestInfo | URL, init?: RequestInit) =>
      fetch(String(input instanceof Request ? input.url : input).replace(fake, server.baseUrl), init),
  });
};
const auth0Ids = async (client: ManagementClient, userId: string) => {
  const ids: string[] = [];
  for await (const session of await client.users.sessions.list(userId, { take: 100 })) ids.push(session.id ?? "");
  return ids;
};

describe("auth0 7.1.0 ManagementClient", () => {
  it("sessions.get, sessions.revoke, sessions.delete and users.sessions.delete", async () => {
    const server = await ownServer("auth0", {}, { usersPerProvider: 2 });
    const client = auth0Sdk(server);
    const [user = "", other = ""] = server.users.map((u) => u.userId);
    const [first = "", second = "", third = ""] = await auth0Ids(client, user);
    expect((await client.sessions.get(first)).user_id).toBe(user);
    await client.sessions.revoke(first);
    await client.sessions.delete(second);
    await expect(client.sessions.get(first)).rejects.toMatchObject({ statusCode: 404 });
    await expect(client.sessions.revoke(first)).rejects.toMatchObject({ statusCode: 404 });
    expect(await auth0Ids(client, user)).toEqual([third]);
    await client.users.sessions.delete(other);
    expect(await auth0Ids(client, other)).toEqual([]);
  });
});

describe("@ory/client-fetch 1.22.66 IdentityApi", () => {
  it("getSession, disableSession and deleteIdentitySessions", async () => {
    const server = await ownServer("ory-kratos", {}, { sessionsPerUser: 20 });
    const api = new IdentityApi(new Configuration({ basePath: server.baseUrl, accessToken: server.credentials.token }));
    const id = server.users[0]?.userId ?? "";
    const active = await api.listIdentitySessions({ id, active: true });
    const session = active[0]?.id ?? "";
    expect((await api.getSession({ id: session })).identity).toBeUndefined();
    expect((await api.getSession({ id: session, expand: ["identity", "devices"] })).identity?.id).toBe(id);
    await api.disableSession({ id: session });
    expect((await api.getSession({ id: session })).active).toBe(false);
    expect((await api.listIdentitySessions({ id, active: true })).map((s) => s.id)).not.toContain(session);
    await api.deleteIdentitySessions({ id });
    expect(await api.listIdentitySessions({ id })).toEqual([]);
    await expect(api.deleteIdentitySessions({ id })).rejects.toMatchObject({ response: { status: 404 } });
  });
});

describe("@huaweicloud/huaweicloud-sdk-identitycenterstore 3.1.213 (core 3.1.211)", () => {
  it("batchDeleteSessions, signed by the SDK over its JSON body", async () => {
    const server = await ownServer("huawei-identitycenter");
    const client = IdentityCenterStoreClient.newBuilder()
      .withCredential(
        new BasicCredentials()
          .withAk(server.credentials.accessKeyId ?? "")
          .withSk(server.credentials.secretAccessKey ?? "")
          .withProjectId("mock"),
      )
      .withEndpoint(server.baseUrl)
      .build();
    const user = server.users[0];
    const list = async () => {
      const response = await client.listSessions(new ListSessionsRequest(user?.identityStoreId, user?.userId));
      // The SDK hands back the parsed JSON body, not an instance of its model class.
      return ((response as unknown as { session_list?: { session_id: string }[] }).session_list ?? []).map(
        (s) => s.session_id,
      );
    };
    const [first = "", ...rest] = await list();
    const request = new BatchDeleteSessionsRequest(user?.identityStoreId, user?.userId).withBody(
      new BatchDeleteSessionsReqBody([first]),
    );
    const response = await client.batchDeleteSessions(request);
    expect(response.httpStatusCode).toBe(200);
    expect(await list()).toEqual(rest);
  });
});
