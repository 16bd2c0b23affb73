/** The provider ids: each is a spec file name (specs/<id>.yaml) and a package folder (packages/<id>). */
export const PROVIDERS = ["huawei-identitycenter", "ory-kratos", "monocloud", "auth0", "zitadel"] as const;

export type ProviderId = (typeof PROVIDERS)[number];

export function isProviderId(value: string): value is ProviderId {
  return (PROVIDERS as readonly string[]).includes(value);
}
