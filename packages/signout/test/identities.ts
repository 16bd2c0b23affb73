import { createAuth0Client, getSession as getAuth0Session, listSessions as listAuth0 } from "@idp-sessions/auth0";
import { createHuaweiIdentityCenterClient, listSessions as listHuawei } from "@idp-sessions/huawei-identitycenter";
import type { MockProvider, MockUser } from "@idp-sessions/mock";
import {
  createMonoCloudClient,
  getSession as getMonoCloudSession,
  listSessions as listMonoCloud,
} from "@idp-sessions/monocloud";
import { listNormalizedSessions, normalizeSession, type Session } from "@idp-sessions/normalize";
import {
  createOryKratosClient,
  getSession as getKratosSession,
  listSessions as listKratos,
} from "@idp-sessions/ory-kratos";
import {
  createZitadelClient,
  getSession as getZitadelSession,
  listSessions as listZitadel,
} from "@idp-sessions/zitadel";
import type { Identity, ProviderId } from "../src/index.js";

type Credentials = Record<string, string>;

/** The identity of a mock user, with the mock's credentials (or others, e.g. its read-only ones). */
export function identityOf(
  provider: ProviderId,
  mock: MockProvider,
  user: MockUser,
  credentials: Credentials = mock.credentials,
): Identity {
  const base = { baseUrl: mock.baseUrl, maxRetries: 0 };
  switch (provider) {
    case "auth0":
      return { provider, client: createAuth0Client({ ...base, ...credentials }), user: { userId: user.userId } };
    case "ory-kratos":
      return {
        provider,
        client: createOryKratosClient({ ...base, ...credentials }),
        user: { identityId: user.userId },
      };
    case "monocloud":
      return {
        provider,
        client: createMonoCloudClient({ ...base, apiKey: credentials.apiKey ?? "" }),
        user: { userId: user.userId },
      };
    case "zitadel":
      return { provider, client: createZitadelClient({ ...base, ...credentials }), user: { userId: user.userId } };
    case "huawei-identitycenter":
      return {
        provider,
        client: createHuaweiIdentityCenterClient({
          ...base,
          accessKeyId: credentials.accessKeyId ?? "",
          secretAccessKey: credentials.secretAccessKey ?? "",
        }),
        user: { identityStoreId: user.identityStoreId ?? "", userId: user.userId },
      };
  }
}

/** getSession at the identity's provider, normalized (Huawei has no get operation: undefined). */
export async function getNormalized(identity: Identity, sessionId: string): Promise<Session | undefined> {
  switch (identity.provider) {
    case "auth0":
      return normalizeSession("auth0", await getAuth0Session(identity.client, { sessionId }));
    case "ory-kratos":
      return normalizeSession("ory-kratos", await getKratosSession(identity.client, { sessionId }));
    case "monocloud":
      return normalizeSession(
        "monocloud",
        await getMonoCloudSession(identity.client, { userId: identity.user.userId, sessionId }),
      );
    case "zitadel":
      return normalizeSession("zitadel", await getZitadelSession(identity.client, { sessionId }));
    case "huawei-identitycenter":
      return undefined;
  }
}

/** The user's sessions that normalize calls active (not expired by the provider's own fields): the ones to pick for a fault. */
export async function liveIds(identity: Identity): Promise<string[]> {
  const sessions = await normalizedOf(identity).collect();
  return sessions.filter((s) => s.status === "active").map((s) => s.id ?? "");
}

function normalizedOf(identity: Identity) {
  switch (identity.provider) {
    case "auth0":
      return listNormalizedSessions("auth0", listAuth0(identity.client, identity.user));
    case "ory-kratos":
      return listNormalizedSessions("ory-kratos", listKratos(identity.client, identity.user));
    case "monocloud":
      return listNormalizedSessions("monocloud", listMonoCloud(identity.client, identity.user));
    case "zitadel":
      return listNormalizedSessions("zitadel", listZitadel(identity.client, identity.user));
    case "huawei-identitycenter":
      return listNormalizedSessions("huawei-identitycenter", listHuawei(identity.client, identity.user));
  }
}
