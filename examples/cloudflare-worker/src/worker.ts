/**
 * A Cloudflare Worker that lists a user's sessions at one identity provider and ends them:
 *
 *   GET    /users/:userId/sessions              the user's sessions, normalized
 *   DELETE /users/:userId/sessions/:sessionId   end one of them
 *   POST   /users/:userId/signout               end all of them, verified
 *
 * Every request needs `Authorization: Bearer <API_SECRET>`. The Worker holds an admin credential of the
 * provider: nothing reaches the provider before the caller is checked, and it fails closed (500, nothing
 * sent) when API_SECRET is not set.
 */
import { NotFoundError, revokeSessionAt, revokeUserSessionsAt } from "@idp-sessions/signout";
import { isCaller, MIN_SECRET_LENGTH } from "./caller.js";
import { type Env, identityOf, listSessions } from "./provider.js";

const ROUTE = /^\/users\/([^/]+)\/(sessions|sessions\/[^/]+|signout)$/;
const METHODS = { list: "GET", revoke: "DELETE", signout: "POST" } as const;

// biome-ignore lint/style/noDefaultExport: an ES module Worker is its module's default export.
export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (!env.API_SECRET || env.API_SECRET.length < MIN_SECRET_LENGTH) {
      return json({ error: `API_SECRET is not set (${MIN_SECRET_LENGTH} characters or more)` }, 500);
    }
    if (!(await isCaller(request, env.API_SECRET))) {
      return json({ error: "unauthorized" }, 401, { "www-authenticate": "Bearer" });
    }
    const [, user, rest] = ROUTE.exec(new URL(request.url).pathname) ?? [];
    if (!user || !rest) return json({ error: "not found" }, 404);
    const action = rest === "signout" ? "signout" : rest === "sessions" ? "list" : "revoke";
    if (request.method !== METHODS[action])
      return json({ error: "method not allowed" }, 405, { allow: METHODS[action] });
    const userId = decode(user);
    const sessionId = action === "revoke" ? decode(rest.slice("sessions/".length)) : undefined;
    if (!userId || sessionId === null) return json({ error: "malformed path" }, 400);

    try {
      const identity = identityOf(env, userId);
      if (action === "list") return json({ userId, sessions: await listSessions(identity) });
      if (sessionId) {
        // Not the provider package's revokeSession: Auth0's and Kratos' revoke take the session id alone
        // and would end it whoever it belongs to. revokeSessionAt sends the revocation only for a session
        // this user's listing shows; another user's session id is answered `alreadyGone`, nothing sent.
        const result = await revokeSessionAt(identity, sessionId);
        if (result.outcome === "revoked") return json(result);
        return json({ error: "no such session of this user (or it has ended)" }, 404);
      }
      const report = await revokeUserSessionsAt(identity);
      return json(report, report.complete ? 200 : 502); // the report says what failed or is still active
    } catch (error) {
      // The packages' errors hold no credential (they are redacted), but the caller gets only the kind.
      console.error(error);
      if (error instanceof NotFoundError) return json({ error: "no such user at the provider" }, 404);
      return json({ error: "the identity provider could not be asked", name: errorName(error) }, 502);
    }
  },
};

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(`${JSON.stringify(body)}\n`, {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store", ...headers },
  });
}

/** A path segment decoded (Auth0's `auth0|...` may arrive as `auth0%7C...`); null when malformed. */
function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : "Error";
}
