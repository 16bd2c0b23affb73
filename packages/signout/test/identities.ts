import { createAuth0Client, getSession as getAuth0Session } from "@idp-sessions/auth0";
import { createHuaweiIdentityCenterClient } from "@idp-sessions/huawei-identitycenter";
import type { MockProvider, MockUser } from "@idp-sessions/mock";
import { createMonoCloudClient, getSession as getMonoCloudSession } from "@idp-sessions/monocloud";
import { normalizeSession, type Session } from "@idp-sessions/normalize";
import { createOryKratosClient, getSession as getKratosSession } from "@idp-sessions/ory-kratos";
import { createZitadelClient, getSession as getZitadelSession } from "@idp-sessions/zitadel";
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
