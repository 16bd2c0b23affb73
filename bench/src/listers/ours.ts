import { listSessions as auth0, createAuth0Client } from "@idp-sessions/auth0";
import { createHuaweiIdentityCenterClient, listSessions as huawei } from "@idp-sessions/huawei-identitycenter";
import { createMonoCloudClient, listSessions as monocloud } from "@idp-sessions/monocloud";
import { createOryKratosClient, listSessions as kratos } from "@idp-sessions/ory-kratos";
import { createZitadelClient, listSessions as zitadel } from "@idp-sessions/zitadel";
import type { Listers } from "./types.js";

/** Counts page by page, the same granularity as the raw loops (see perSession for `for await` per item). */
async function count(list: { pages(): AsyncIterable<{ items: readonly unknown[] }> }): Promise<number> {
  let n = 0;
  for await (const page of list.pages()) n += page.items.length;
  return n;
}

/** Our clients, each at its provider's largest page size. */
export const ours: Listers = {
  auth0: (m) =>
    count(
      auth0(
        createAuth0Client({ baseUrl: m.baseUrl, token: m.credentials.token }),
        { userId: m.users[0]?.userId ?? "" },
        { pageSize: 100 },
      ),
    ),
  "ory-kratos": (m) =>
    count(
      kratos(
        createOryKratosClient({ baseUrl: m.baseUrl, token: m.credentials.token }),
        { identityId: m.users[0]?.userId ?? "" },
        { pageSize: 500 },
      ),
    ),
  monocloud: (m) =>
    count(
      monocloud(
        createMonoCloudClient({ baseUrl: m.baseUrl, apiKey: m.credentials.apiKey }),
        { userId: m.users[0]?.userId ?? "" },
        { pageSize: 100 },
      ),
    ),
  zitadel: (m) =>
    count(
      zitadel(
        createZitadelClient({ baseUrl: m.baseUrl, token: m.credentials.token }),
        { userId: m.users[0]?.userId ?? "" },
        { pageSize: 1000 },
      ),
    ),
  "huawei-identitycenter": (m) =>
    count(
      huawei(
        createHuaweiIdentityCenterClient({
          baseUrl: m.baseUrl,
          accessKeyId: m.credentials.accessKeyId,
          secretAccessKey: m.credentials.secretAccessKey,
        }),
        { identityStoreId: m.users[0]?.identityStoreId ?? "", userId: m.users[0]?.userId ?? "" },
      ),
    ),
};
