import { listSessions as auth0, createAuth0Client } from "@idp-sessions/auth0";
import type { SessionList } from "@idp-sessions/core";
import { createHuaweiIdentityCenterClient, listSessions as huawei } from "@idp-sessions/huawei-identitycenter";
import type { MockProvider, ProviderId } from "@idp-sessions/mock";
import { createMonoCloudClient, listSessions as monocloud } from "@idp-sessions/monocloud";
import { createOryKratosClient, listSessions as kratos } from "@idp-sessions/ory-kratos";
import { createZitadelClient, listSessions as zitadel } from "@idp-sessions/zitadel";
import type { Lister, Listers } from "./types.js";

/** The three ways a caller reads a listing: page by page, item by item, or all at once. */
export const WAYS = ["pages", "for await", "collect"] as const;
export type Way = (typeof WAYS)[number];

/** Counts what one way of reading a listing sees. */
const COUNT: Record<Way, (list: SessionList<unknown>) => Promise<number>> = {
  async pages(list) {
    let n = 0;
    for await (const page of list.pages()) n += page.items.length;
    return n;
  },
  async "for await"(list) {
    let n = 0;
    for await (const _ of list) n++;
    return n;
  },
  collect: async (list) => (await list.collect()).length,
};

/** One user's listing with our client, at its provider's largest page size. */
const LISTINGS: Record<ProviderId, (m: MockProvider, f?: typeof fetch) => SessionList<unknown>> = {
  auth0: (m, f) =>
    auth0(
      createAuth0Client({ baseUrl: m.baseUrl, token: m.credentials.token, fetch: f }),
      { userId: m.users[0]?.userId ?? "" },
      { pageSize: 100 },
    ),
  "ory-kratos": (m, f) =>
    kratos(
      createOryKratosClient({ baseUrl: m.baseUrl, token: m.credentials.token, fetch: f }),
      { identityId: m.users[0]?.userId ?? "" },
      { pageSize: 500 },
    ),
  monocloud: (m, f) =>
    monocloud(
      createMonoCloudClient({ baseUrl: m.baseUrl, apiKey: m.credentials.apiKey, fetch: f }),
      { userId: m.users[0]?.userId ?? "" },
      { pageSize: 100 },
    ),
  zitadel: (m, f) =>
    zitadel(
      createZitadelClient({ baseUrl: m.baseUrl, token: m.credentials.token, fetch: f }),
      { userId: m.users[0]?.userId ?? "" },
      { pageSize: 1000 },
    ),
  "huawei-identitycenter": (m, f) =>
    huawei(
      createHuaweiIdentityCenterClient({
        baseUrl: m.baseUrl,
        accessKeyId: m.credentials.accessKeyId,
        secretAccessKey: m.credentials.secretAccessKey,
        fetch: f,
      }),
      { identityStoreId: m.users[0]?.identityStoreId ?? "", userId: m.users[0]?.userId ?? "" },
    ),
};

/** Our clients read one way (`pages` counts page by page, the same granularity as the raw loops). */
export function oursBy(way: Way): Listers {
  const by =
    (id: ProviderId): Lister =>
    (m, f) =>
      COUNT[way](LISTINGS[id](m, f));
  return {
    auth0: by("auth0"),
    "ory-kratos": by("ory-kratos"),
    monocloud: by("monocloud"),
    zitadel: by("zitadel"),
    "huawei-identitycenter": by("huawei-identitycenter"),
  };
}

/** Our clients, page by page. */
export const ours: Listers = oursBy("pages");
