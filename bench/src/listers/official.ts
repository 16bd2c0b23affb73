import { BasicCredentials } from "@huaweicloud/huaweicloud-sdk-core";
import { IdentityCenterStoreClient, ListSessionsRequest } from "@huaweicloud/huaweicloud-sdk-identitycenterstore";
import type { ProviderId } from "@idp-sessions/mock";
import { Configuration, IdentityApi } from "@ory/client-fetch";
import { ManagementClient } from "auth0";
import type { Lister } from "./types.js";

/**
 * The official SDKs that exist on npm and can be pointed at a local server. MonoCloud and ZITADEL are
 * missing: see NO_OFFICIAL_SDK.
 */
export const official: Partial<Record<ProviderId, Lister>> = {
  // The Auth0 SDK always builds https://{domain}/api/v2; its `fetch` option lets us send that to the mock.
  async auth0(m) {
    const fake = "https://bench.auth0.invalid/api/v2";
    const client = new ManagementClient({
      domain: "bench.auth0.invalid",
      token: m.credentials.token ?? "",
      fetch: (input: RequestInfo | URL, init?: RequestInit) =>
        fetch(String(input instanceof Request ? input.url : input).replace(fake, m.baseUrl), init),
    });
    let n = 0;
    const page = await client.users.sessions.list(m.users[0]?.userId ?? "", { take: 100 });
    for await (const _ of page) n++;
    return n;
  },
  async "ory-kratos"(m) {
    const api = new IdentityApi(new Configuration({ basePath: m.baseUrl, accessToken: m.credentials.token }));
    let n = 0;
    let pageToken: string | undefined;
    for (;;) {
      const response = await api.listIdentitySessionsRaw({ id: m.users[0]?.userId ?? "", pageSize: 500, pageToken });
      n += (await response.value()).length;
      const next = /<([^>]+)>; rel="next"/.exec(response.raw.headers.get("link") ?? "")?.[1];
      if (!next) return n;
      pageToken = new URL(next, m.baseUrl).searchParams.get("page_token") ?? undefined;
    }
  },
  async "huawei-identitycenter"(m) {
    const client = IdentityCenterStoreClient.newBuilder()
      .withCredential(
        new BasicCredentials()
          .withAk(m.credentials.accessKeyId ?? "")
          .withSk(m.credentials.secretAccessKey ?? "")
          .withProjectId("bench"),
      )
      .withEndpoint(m.baseUrl)
      .build();
    const user = m.users[0];
    const response = await client.listSessions(new ListSessionsRequest(user?.identityStoreId, user?.userId));
    // The SDK hands back the parsed JSON body, not an instance of its model class.
    return (response as unknown as { session_list?: unknown[] }).session_list?.length ?? 0;
  },
};

export const NO_OFFICIAL_SDK: Partial<Record<ProviderId, string>> = {
  monocloud: "MonoCloud's management SDK is not on the npm registry this project can reach",
  zitadel: "@zitadel/client speaks Connect/gRPC-web to the v2 services, not the REST gateway this endpoint uses",
};
