import type { paths as Auth0Paths } from "@idp-sessions/auth0";
import { type paths as HuaweiPaths, signRequest } from "@idp-sessions/huawei-identitycenter";
import type { paths as MonoCloudPaths } from "@idp-sessions/monocloud";
import type { paths as KratosPaths } from "@idp-sessions/ory-kratos";
import type { paths as ZitadelPaths } from "@idp-sessions/zitadel";
import createClient from "openapi-fetch";
import type { Listers } from "./types.js";

/**
 * The floor of any client built on openapi-fetch: openapi-fetch's own typed call on each provider's
 * generated `paths`, paging as the raw loops do, with nothing of ours (no retries, timeouts, redirect
 * policy, bounded reads, checks or deduplication). What it costs over the raw loop is openapi-fetch's.
 */
export const openapiFetch: Listers = {
  async auth0(m, f) {
    const client = createClient<Auth0Paths>({ baseUrl: m.baseUrl, fetch: f });
    const headers = { authorization: `Bearer ${m.credentials.token}` };
    let n = 0;
    let from: string | undefined;
    for (;;) {
      const { data } = await client.GET("/users/{user_id}/sessions", {
        params: { path: { user_id: m.users[0]?.userId ?? "" }, query: { take: 100, from } },
        headers,
      });
      n += data?.sessions?.length ?? 0;
      if (!data?.next) return n;
      from = data.next;
    }
  },
  async "ory-kratos"(m, f) {
    const client = createClient<KratosPaths>({ baseUrl: m.baseUrl, fetch: f });
    const headers = { authorization: `Bearer ${m.credentials.token}` };
    let n = 0;
    let token: string | undefined;
    for (;;) {
      const { data, response } = await client.GET("/admin/identities/{id}/sessions", {
        params: { path: { id: m.users[0]?.userId ?? "" }, query: { page_size: 500, page_token: token } },
        headers,
      });
      n += data?.length ?? 0;
      const next = /<([^>]+)>; rel="next"/.exec(response.headers.get("link") ?? "")?.[1];
      token = next ? (new URL(next, m.baseUrl).searchParams.get("page_token") ?? undefined) : undefined;
      if (!token) return n;
    }
  },
  async monocloud(m, f) {
    const client = createClient<MonoCloudPaths>({ baseUrl: m.baseUrl, fetch: f });
    const headers = { "x-api-key": m.credentials.apiKey ?? "" };
    let n = 0;
    for (let page = 1; ; page++) {
      const { data, response } = await client.GET("/users/{user_id}/sessions", {
        params: { path: { user_id: m.users[0]?.userId ?? "" }, query: { page, size: 100 } },
        headers,
      });
      n += data?.length ?? 0;
      if (!(JSON.parse(response.headers.get("x-pagination") ?? "{}") as { has_next?: boolean }).has_next) return n;
    }
  },
  async zitadel(m, f) {
    const client = createClient<ZitadelPaths>({ baseUrl: m.baseUrl, fetch: f });
    const headers = { authorization: `Bearer ${m.credentials.token}` };
    let offset = 0;
    for (;;) {
      const { data } = await client.POST("/v2/sessions/search", {
        body: {
          query: { offset: String(offset), limit: 1000, asc: true },
          queries: [{ userIdQuery: { id: m.users[0]?.userId ?? "" } }],
        },
        headers,
      });
      offset += data?.sessions?.length ?? 0;
      if (!data?.sessions?.length || offset >= Number(data.details?.totalResult ?? 0)) return offset;
    }
  },
  async "huawei-identitycenter"(m, f = fetch) {
    const credentials = {
      accessKeyId: m.credentials.accessKeyId ?? "",
      secretAccessKey: m.credentials.secretAccessKey ?? "",
    };
    // Signed in its fetch, as the raw loop signs its one request.
    const client = createClient<HuaweiPaths>({
      baseUrl: m.baseUrl,
      fetch: async (request: Request) => f(await signRequest(request, credentials)),
    });
    const user = m.users[0];
    const { data } = await client.GET("/v1/identity-stores/{identity_store_id}/users/{user_id}/sessions", {
      params: { path: { identity_store_id: user?.identityStoreId ?? "", user_id: user?.userId ?? "" } },
    });
    return data?.session_list?.length ?? 0;
  },
};
