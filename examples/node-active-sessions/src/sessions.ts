/**
 * The current user's sessions at the identity provider (here Auth0), shaped for a browser, and ending
 * one of them. Another provider: its package's create...Client and listSessions, and its id below.
 */
import { createAuth0Client, listSessions } from "@idp-sessions/auth0";
import { listNormalizedSessions } from "@idp-sessions/normalize";
import { revokeSessionAt } from "@idp-sessions/signout";

// A Management API token with read:sessions, delete:sessions and delete:refresh_tokens. It stays on the
// server: the browser only ever sees the fields below.
const client = createAuth0Client({
  domain: process.env.AUTH0_DOMAIN,
  baseUrl: process.env.AUTH0_BASE_URL, // instead of AUTH0_DOMAIN: the mock server's address
  token: process.env.AUTH0_TOKEN,
});

/** What the screen shows of a session: no raw provider data, no user id. */
export interface SessionView {
  id: string;
  createdAt: string | null;
  lastActiveAt: string | null;
  expiresAt: string | null;
  ip: string | null;
  userAgent: string | null;
  country: string | null;
}

export async function activeSessions(userId: string): Promise<SessionView[]> {
  const sessions = await listNormalizedSessions("auth0", listSessions(client, { userId })).collect();
  return sessions.flatMap(({ id, status, createdAt, lastActiveAt, expiresAt, ip, userAgent, location }) =>
    id && status === "active"
      ? [{ id, createdAt, lastActiveAt, expiresAt, ip, userAgent, country: location?.country ?? null }]
      : [],
  );
}

/**
 * Ends one of the user's sessions; false when it is not theirs (or already over). Not the package's
 * revokeSession: Auth0 revokes a session by its id alone, whoever it belongs to, so a user could end
 * someone else's. revokeSessionAt first lists this user's sessions and sends nothing for any other id.
 */
export async function revokeOwnSession(userId: string, sessionId: string): Promise<boolean> {
  const identity = { provider: "auth0", client, user: { userId } } as const;
  return (await revokeSessionAt(identity, sessionId)).outcome === "revoked";
}
