import type { ServerResponse } from "node:http";
import { sendJson } from "../../http.js";
import { type ProviderContext, providerRandom, retryAfterFor, userSessions } from "../../provider.js";
import { hex } from "../../random.js";
import type { RevokeState } from "../../revoke-state.js";
import { SessionIndex } from "../../session-index.js";
import { auth0ErrorBody, rateLimitHeaders } from "./errors.js";
import { render } from "./render.js";

export type Scope = "read:sessions" | "delete:sessions" | "delete:refresh_tokens";

/** One fake Auth0 tenant: its users, tokens and scopes, sessions by id, and what was revoked. */
export function auth0Tenant(context: ProviderContext, state: RevokeState) {
  const random = providerRandom(context, "auth0");
  const token = `mock-auth0-token-${hex(random, 24)}`;
  const users = Array.from({ length: context.usersPerProvider }, () => ({
    userId: `auth0|${hex(random, 24)}`,
    sessionCount: context.sessionsPerUser,
  }));
  // Drawn after the users, so that the full token and the users stay what they were before it existed.
  const readOnlyToken = `mock-auth0-read-only-token-${hex(random, 24)}`;
  const scopes = new Map<string, readonly Scope[]>([
    [token, ["read:sessions", "delete:sessions", "delete:refresh_tokens"]],
    [readOnlyToken, ["read:sessions"]],
  ]);
  const session = (user: number, index: number) =>
    render(users[user]?.userId ?? "", userSessions(context, "auth0", user).at(index));
  const sessions = new SessionIndex(users.length, context.sessionsPerUser, (user, index) => session(user, index).id);

  const fail = (res: ServerResponse, status: number, message?: string, errorCode?: string) =>
    sendJson(res, status, auth0ErrorBody(status, message, errorCode).body, {
      ...rateLimitHeaders(),
      ...retryAfterFor(status),
    });
  return {
    context,
    state,
    token,
    readOnlyToken,
    users,
    sessions,
    session,
    /** Whether a listing or a GET still shows the session (a revoke shows late with `listedForMs`). */
    shown: (id: string) => state.how(id, true) === undefined,
    scopesOf: (authorization: string | undefined) => scopes.get(/^Bearer (.+)$/.exec(authorization ?? "")?.[1] ?? ""),
    fail,
    /** The answer to an accepted deletion: 202 and `{}`, as `application/json; charset=utf-8`. */
    accepted: (res: ServerResponse) => sendJson(res, 202, {}, rateLimitHeaders(), "application/json; charset=utf-8"),
    json: (res: ServerResponse, body: unknown) => sendJson(res, 200, body, rateLimitHeaders()),
  };
}

export type Auth0Tenant = ReturnType<typeof auth0Tenant>;
