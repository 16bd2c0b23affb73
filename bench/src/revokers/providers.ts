import * as auth0 from "@idp-sessions/auth0";
import type { FetchFn, RevokeReport } from "@idp-sessions/core";
import * as huawei from "@idp-sessions/huawei-identitycenter";
import type { MockProvider, ProviderId } from "@idp-sessions/mock";
import * as monocloud from "@idp-sessions/monocloud";
import * as kratos from "@idp-sessions/ory-kratos";
import * as zitadel from "@idp-sessions/zitadel";

/** Revokes every session of the mock's first user; resolves to how many it reports revoked. */
export type Revoke = (mock: MockProvider, fetch: FetchFn | undefined) => Promise<number>;

/** How one provider's sessions can be revoked, each way a contender of the benchmark. */
export interface ProviderRevokers {
  /** `revokeUserSessions` at this concurrency (no verification listing); absent where it does not apply. */
  engine?: ((concurrency: number) => Revoke) | undefined;
  /** A hand-written loop: list the sessions, then the one-session `revokeSession` call, one after another. */
  loop: Revoke;
  /** The provider's bulk call, where there is one. */
  bulk?: { call: string; revoke: Revoke } | undefined;
  /** The user's active sessions now, by the provider's own definition (a dry run's `found`). */
  left: (mock: MockProvider, fetch: FetchFn | undefined) => Promise<number>;
}

const user = (m: MockProvider) => m.users[0] ?? { userId: "", identityStoreId: "" };
const revoked = (report: RevokeReport) => report.revoked.length;
const off = { verify: false } as const;

/** Collects the listing, then runs `revokeOne` over its ids one after another; counts the `revoked` outcomes. */
async function loop<S>(
  list: { collect(): Promise<S[]> },
  idOf: (session: S) => string | undefined,
  revokeOne: (id: string) => Promise<{ outcome: string }>,
): Promise<number> {
  let n = 0;
  for (const session of await list.collect()) if ((await revokeOne(idOf(session) ?? "")).outcome === "revoked") n++;
  return n;
}

const a0 = (m: MockProvider, fetch: FetchFn | undefined) =>
  auth0.createAuth0Client({ baseUrl: m.baseUrl, token: m.credentials.token, fetch });
const ory = (m: MockProvider, fetch: FetchFn | undefined) =>
  kratos.createOryKratosClient({ baseUrl: m.baseUrl, token: m.credentials.token, fetch });
const mc = (m: MockProvider, fetch: FetchFn | undefined) =>
  monocloud.createMonoCloudClient({ baseUrl: m.baseUrl, apiKey: m.credentials.apiKey, fetch });
const zi = (m: MockProvider, fetch: FetchFn | undefined) =>
  zitadel.createZitadelClient({ baseUrl: m.baseUrl, token: m.credentials.token, fetch });
const hw = (m: MockProvider, fetch: FetchFn | undefined) =>
  huawei.createHuaweiIdentityCenterClient({
    baseUrl: m.baseUrl,
    accessKeyId: m.credentials.accessKeyId,
    secretAccessKey: m.credentials.secretAccessKey,
    fetch,
  });
const hwUser = (m: MockProvider) => ({ identityStoreId: user(m).identityStoreId ?? "", userId: user(m).userId });

export const revokers: Record<ProviderId, ProviderRevokers> = {
  auth0: {
    engine: (concurrency) => async (m, f) =>
      revoked(await auth0.revokeUserSessions(a0(m, f), { userId: user(m).userId }, { ...off, concurrency })),
    loop(m, f) {
      const client = a0(m, f);
      return loop(
        auth0.listSessions(client, { userId: user(m).userId }),
        (s) => s.id,
        (sessionId) => auth0.revokeSession(client, { sessionId }),
      );
    },
    bulk: {
      call: '`DELETE /users/{id}/sessions` (`method: "delete"`)',
      revoke: async (m, f) =>
        revoked(await auth0.revokeUserSessions(a0(m, f), { userId: user(m).userId }, { ...off, method: "delete" })),
    },
    left: async (m, f) =>
      (await auth0.revokeUserSessions(a0(m, f), { userId: user(m).userId }, { dryRun: true })).found.length,
  },
  "ory-kratos": {
    engine: (concurrency) => async (m, f) =>
      revoked(await kratos.revokeUserSessions(ory(m, f), { identityId: user(m).userId }, { ...off, concurrency })),
    loop(m, f) {
      const client = ory(m, f);
      const identityId = user(m).userId;
      return loop(
        kratos.listSessions(client, { identityId, active: true }, { pageSize: 500 }),
        (s) => s.id,
        (sessionId) => kratos.revokeSession(client, { identityId, sessionId }),
      );
    },
    bulk: {
      call: '`DELETE /admin/identities/{id}/sessions` (`method: "delete"`)',
      revoke: async (m, f) =>
        revoked(
          await kratos.revokeUserSessions(ory(m, f), { identityId: user(m).userId }, { ...off, method: "delete" }),
        ),
    },
    left: async (m, f) =>
      (await kratos.revokeUserSessions(ory(m, f), { identityId: user(m).userId }, { dryRun: true })).found.length,
  },
  monocloud: {
    engine: (concurrency) => async (m, f) =>
      revoked(await monocloud.revokeUserSessions(mc(m, f), { userId: user(m).userId }, { ...off, concurrency })),
    loop(m, f) {
      const client = mc(m, f);
      const userId = user(m).userId;
      return loop(
        monocloud.listSessions(client, { userId }),
        (s) => s.session_id,
        (sessionId) => monocloud.revokeSession(client, { userId, sessionId }),
      );
    },
    left: async (m, f) =>
      (await monocloud.revokeUserSessions(mc(m, f), { userId: user(m).userId }, { dryRun: true })).found.length,
  },
  zitadel: {
    engine: (concurrency) => async (m, f) =>
      revoked(await zitadel.revokeUserSessions(zi(m, f), { userId: user(m).userId }, { ...off, concurrency })),
    loop(m, f) {
      const client = zi(m, f);
      const userId = user(m).userId;
      return loop(
        zitadel.listSessions(client, { userId }, { pageSize: 1000 }),
        (s) => s.id,
        (sessionId) => zitadel.revokeSession(client, { userId, sessionId }),
      );
    },
    left: async (m, f) =>
      (await zitadel.revokeUserSessions(zi(m, f), { userId: user(m).userId }, { dryRun: true })).found.length,
  },
  // No per-session call: revokeUserSessions is the batch delete already, and concurrency does not apply.
  "huawei-identitycenter": {
    loop(m, f) {
      const client = hw(m, f);
      return loop(
        huawei.listSessions(client, hwUser(m)),
        (s) => s.session_id,
        (sessionId) => huawei.revokeSession(client, { ...hwUser(m), sessionId }),
      );
    },
    bulk: {
      call: "`batchDeleteSessions`, 100 ids a request (what `revokeUserSessions` does)",
      revoke: async (m, f) => revoked(await huawei.revokeUserSessions(hw(m, f), hwUser(m), off)),
    },
    left: async (m, f) => (await huawei.revokeUserSessions(hw(m, f), hwUser(m), { dryRun: true })).found.length,
  },
};
