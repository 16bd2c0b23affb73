/**
 * The one identity provider this Worker talks to, from its bindings (wrangler.toml's [vars] and the
 * secrets), and a user's sessions there, normalized into one model whatever the provider.
 */
import * as auth0 from "@idp-sessions/auth0";
import * as huawei from "@idp-sessions/huawei-identitycenter";
import * as monocloud from "@idp-sessions/monocloud";
import { listNormalizedSessions, type Session } from "@idp-sessions/normalize";
import * as kratos from "@idp-sessions/ory-kratos";
import { IDENTITIES, type Identity, type ProviderId } from "@idp-sessions/signout";
import * as zitadel from "@idp-sessions/zitadel";

export interface Env {
  /** The shared secret callers send (`wrangler secret put API_SECRET`), 32 characters or more. */
  API_SECRET?: string;
  /** `auth0`, `ory-kratos`, `monocloud`, `zitadel` or `huawei-identitycenter`. */
  IDP_PROVIDER?: string;
  // The tenant: one of these, as the provider's client takes it (IDP_BASE_URL: the mock servers).
  IDP_DOMAIN?: string;
  IDP_PROJECT_SLUG?: string;
  IDP_REGION?: string;
  IDP_BASE_URL?: string;
  /** Huawei only: the identity store the users are in. */
  IDP_IDENTITY_STORE_ID?: string;
  // Secrets: the admin credential, allowed to read and revoke sessions (see the provider's README).
  IDP_TOKEN?: string;
  IDP_API_KEY?: string;
  IDP_ACCESS_KEY_ID?: string;
  IDP_SECRET_ACCESS_KEY?: string;
  IDP_SECURITY_TOKEN?: string;
}

/** The user `userId` at the configured provider, with a client holding the admin credential. */
export function identityOf(env: Env, userId: string): Identity {
  const provider = env.IDP_PROVIDER;
  if (!provider || !Object.hasOwn(IDENTITIES, provider)) throw new Error("IDP_PROVIDER names no provider");
  return IDENTITIES[provider as ProviderId]({
    domain: env.IDP_DOMAIN,
    projectSlug: env.IDP_PROJECT_SLUG,
    region: env.IDP_REGION,
    baseUrl: env.IDP_BASE_URL,
    token: env.IDP_TOKEN,
    apiKey: env.IDP_API_KEY,
    accessKeyId: env.IDP_ACCESS_KEY_ID,
    secretAccessKey: env.IDP_SECRET_ACCESS_KEY,
    securityToken: env.IDP_SECURITY_TOKEN,
    identityStoreId: env.IDP_IDENTITY_STORE_ID,
    userId, // the user at Auth0, MonoCloud, ZITADEL and Huawei
    identityId: userId, // the user at Kratos
  });
}

/** Every session of the user, all pages (each page is one subrequest: mind the Workers plan's limit). */
export function listSessions({ provider, client, user }: Identity): Promise<Session[]> {
  switch (provider) {
    case "auth0":
      return listNormalizedSessions(provider, auth0.listSessions(client, user)).collect();
    case "ory-kratos":
      return listNormalizedSessions(provider, kratos.listSessions(client, user)).collect();
    case "zitadel":
      return listNormalizedSessions(provider, zitadel.listSessions(client, user)).collect();
    // Their sessions do not name the user: the listing fills it in.
    case "monocloud":
      return listNormalizedSessions(provider, monocloud.listSessions(client, user), user).collect();
    case "huawei-identitycenter":
      return listNormalizedSessions(provider, huawei.listSessions(client, user), user).collect();
  }
}
