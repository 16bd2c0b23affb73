import { createAuth0Client, listSessions as listAuth0 } from "@idp-sessions/auth0";
import type { ListOptions, SessionList } from "@idp-sessions/core";
import { createHuaweiIdentityCenterClient, listSessions as listHuawei } from "@idp-sessions/huawei-identitycenter";
import { createMonoCloudClient, listSessions as listMonoCloud } from "@idp-sessions/monocloud";
import { listNormalizedSessions, type Session } from "@idp-sessions/normalize";
import { createOryKratosClient, listSessions as listKratos } from "@idp-sessions/ory-kratos";
import { createZitadelClient, listSessions as listZitadel } from "@idp-sessions/zitadel";
import { UsageError } from "../exit-codes.js";
import type { Resolved } from "./resolve.js";

type Fetch = (request: Request) => Promise<Response>;

/** A listing under way, and the host its latest request went to (for "could not reach <host>"). */
export interface Listing {
  sessions: SessionList<Session>;
  /** `tenant.auth0.com` or `127.0.0.1:8080`: the host only, never a path, query or credentials. */
  host(): string | undefined;
}

/**
 * The normalized sessions of the user in `settings`, through the provider's own client package, with the
 * caller's `maxPages` and `signal`. Throws the client's ConfigurationError before any request.
 */
export function listFor(settings: Resolved, options: Pick<ListOptions, "maxPages" | "signal"> = {}): Listing {
  let host: string | undefined;
  const fetch: Fetch = (request) => {
    const url = new URL(request.url);
    host = url.port ? `${url.hostname}:${url.port}` : url.hostname;
    return globalThis.fetch(request);
  };
  return { sessions: sessionsOf(settings, fetch, options), host: () => host };
}

function sessionsOf(settings: Resolved, fetch: Fetch, options: ListOptions): SessionList<Session> {
  const v = settings.values;
  const userId = v.userId ?? "";
  switch (settings.provider) {
    case "auth0": {
      const client = createAuth0Client({ domain: v.domain, baseUrl: v.baseUrl, token: v.token, fetch });
      return listNormalizedSessions("auth0", listAuth0(client, { userId }, options), { userId });
    }
    case "ory-kratos": {
      const client = createOryKratosClient({ projectSlug: v.projectSlug, baseUrl: v.baseUrl, token: v.token, fetch });
      const identityId = v.identityId ?? "";
      return listNormalizedSessions("ory-kratos", listKratos(client, { identityId }, options), { userId: identityId });
    }
    case "monocloud": {
      const client = createMonoCloudClient({ domain: v.domain, baseUrl: v.baseUrl, apiKey: v.apiKey, fetch });
      return listNormalizedSessions("monocloud", listMonoCloud(client, { userId }, options), { userId });
    }
    case "zitadel": {
      const client = createZitadelClient({ domain: v.domain, baseUrl: v.baseUrl, token: v.token, fetch });
      return listNormalizedSessions("zitadel", listZitadel(client, { userId }, options), { userId });
    }
    case "huawei-identitycenter": {
      const client = createHuaweiIdentityCenterClient({
        region: v.region,
        baseUrl: v.baseUrl,
        accessKeyId: v.accessKeyId,
        secretAccessKey: v.secretAccessKey,
        securityToken: v.securityToken,
        fetch,
      });
      const params = { identityStoreId: v.identityStoreId ?? "", userId };
      return listNormalizedSessions("huawei-identitycenter", listHuawei(client, params, options), { userId });
    }
    // A provider scaffolded since: settingsFor refused it before this point.
    default:
      throw new UsageError(`${String(settings.provider)} is not wired into the CLI yet`);
  }
}
