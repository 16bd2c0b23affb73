import { type Page, SessionList } from "@idp-sessions/core";
import { normalizeSession } from "./registry.js";
import type { NormalizeOptions, ProviderId, RawSessions, SessionOf } from "./session.js";

export interface ListNormalizedOptions extends NormalizeOptions {
  /** The user the listing is for: fills `userId` where the provider's session does not name it (MonoCloud). */
  userId?: string | undefined;
}

/**
 * Wraps a provider package's `listSessions(...)` and yields normalized sessions, page by page, with the
 * same `for await`, `.pages()` and `.collect({ limit })`.
 *
 *     listNormalizedSessions("auth0", listSessions(client, { userId }))
 */
export function listNormalizedSessions<P extends ProviderId>(
  provider: P,
  sessions: SessionList<RawSessions[P]>,
  options: ListNormalizedOptions = {},
): SessionList<SessionOf<P>> {
  const normalize = (raw: RawSessions[P]): SessionOf<P> => {
    const session = normalizeSession(provider, raw, options);
    return session.userId === null && options.userId ? { ...session, userId: options.userId } : session;
  };
  return new SessionList(async function* pages(): AsyncGenerator<Page<SessionOf<P>>, void, undefined> {
    for await (const page of sessions.pages()) yield { ...page, items: page.items.map(normalize) };
  });
}
