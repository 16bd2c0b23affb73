import { createAuth0Client } from "@idp-sessions/auth0";
import type { FetchFn } from "@idp-sessions/core";
import { createHuaweiIdentityCenterClient } from "@idp-sessions/huawei-identitycenter";
import { createMonoCloudClient } from "@idp-sessions/monocloud";
import { createOryKratosClient } from "@idp-sessions/ory-kratos";
import { createZitadelClient } from "@idp-sessions/zitadel";
import type { SettingValues } from "./provider-entry.js";
import type { ContractProvider } from "./specs.js";

/** Sends one operation for one session through the provider's client; resolves to the response. */
export type SessionCall = (values: SettingValues, fetch: FetchFn, sessionId: string) => Promise<{ response: Response }>;

/**
 * Each provider's get (role `get`, absent where the spec has none: Huawei) and revoke of one session (role
 * `revoke`; Auth0's `revokeSession`, which revokes the refresh tokens too), sent through its own client
 * (credentials, signing, retries) with the paths, parameters and bodies its generated spec types allow.
 * `values` are the registry's settings by option name, as for the listing. Written here, not generated:
 * where a revoke takes the session id (the path, or a body such as Huawei's `session_ids`) is not in the
 * specs' extension. A provider added with `pnpm new-provider` has none until its calls are written here:
 * its live check lists only.
 */
export const SESSION_CALLS: Partial<Record<ContractProvider, { get?: SessionCall; revoke: SessionCall }>> = {
  auth0: {
    get: (v, fetch, id) => auth0(v, fetch).GET("/sessions/{id}", { params: { path: { id } } }),
    revoke: (v, fetch, id) => auth0(v, fetch).POST("/sessions/{id}/revoke", { params: { path: { id } } }),
  },
  "ory-kratos": {
    get: (v, fetch, id) =>
      kratos(v, fetch).GET("/admin/sessions/{id}", {
        params: { path: { id }, query: { expand: ["identity", "devices"] } },
      }),
    revoke: (v, fetch, id) => kratos(v, fetch).DELETE("/admin/sessions/{id}", { params: { path: { id } } }),
  },
  monocloud: {
    get: (v, fetch, id) =>
      monocloud(v, fetch).GET("/users/{user_id}/sessions/{session_id}", {
        params: { path: { user_id: v.userId ?? "", session_id: id } },
      }),
    revoke: (v, fetch, id) =>
      monocloud(v, fetch).DELETE("/users/{user_id}/sessions/{session_id}", {
        params: { path: { user_id: v.userId ?? "", session_id: id } },
      }),
  },
  zitadel: {
    get: (v, fetch, id) => zitadel(v, fetch).GET("/v2/sessions/{session_id}", { params: { path: { session_id: id } } }),
    revoke: (v, fetch, id) =>
      zitadel(v, fetch).DELETE("/v2/sessions/{session_id}", { params: { path: { session_id: id } }, body: {} }),
  },
  "huawei-identitycenter": {
    revoke: (v, fetch, id) =>
      huawei(v, fetch).POST("/v1/identity-stores/{identity_store_id}/users/{user_id}/sessions/batch-delete", {
        params: { path: { identity_store_id: v.identityStoreId ?? "", user_id: v.userId ?? "" } },
        body: { session_ids: [id] },
      }),
  },
};

// No retries: a contract check records what one request gets (a retry would be recorded as another).
const auth0 = (v: SettingValues, fetch: FetchFn) =>
  createAuth0Client({ domain: v.domain, baseUrl: v.baseUrl, token: v.token, fetch, maxRetries: 0 });
const kratos = (v: SettingValues, fetch: FetchFn) =>
  createOryKratosClient({ projectSlug: v.projectSlug, baseUrl: v.baseUrl, token: v.token, fetch, maxRetries: 0 });
const monocloud = (v: SettingValues, fetch: FetchFn) =>
  createMonoCloudClient({ domain: v.domain, baseUrl: v.baseUrl, apiKey: v.apiKey, fetch, maxRetries: 0 });
const zitadel = (v: SettingValues, fetch: FetchFn) =>
  createZitadelClient({ domain: v.domain, baseUrl: v.baseUrl, token: v.token, fetch, maxRetries: 0 });
const huawei = (v: SettingValues, fetch: FetchFn) =>
  createHuaweiIdentityCenterClient({
    region: v.region,
    baseUrl: v.baseUrl,
    accessKeyId: v.accessKeyId,
    secretAccessKey: v.secretAccessKey,
    securityToken: v.securityToken,
    fetch,
    maxRetries: 0,
  });
