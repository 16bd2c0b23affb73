import { PROVIDERS } from "@idp-sessions/contract";
import type { FetchFn, ListOptions, SessionList } from "@idp-sessions/core";
import { listNormalizedSessions, type Session } from "@idp-sessions/normalize";
import { trackHost } from "./host.js";
import type { Resolved } from "./resolve.js";

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
  const { fetch, host } = trackHost();
  return { sessions: sessionsOf(settings, fetch, options), host };
}

/** Through the provider's own client package, as the generated registry binds it, then normalized. */
function sessionsOf(settings: Resolved, fetch: FetchFn, options: ListOptions): SessionList<Session> {
  const provider = PROVIDERS[settings.provider];
  const raw = provider.list(settings.values, fetch, options);
  const userId = settings.values[provider.user] ?? "";
  // The registry's listing yields the provider's own sessions, which normalize knows by the same id; with
  // the provider a union here, the session's type is the union of all (Session), not one of them.
  return listNormalizedSessions(settings.provider, raw as never, { userId }) as SessionList<Session>;
}
