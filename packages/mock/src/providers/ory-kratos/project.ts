import type { ServerResponse } from "node:http";
import { header, type MockRequest, sendJson } from "../../http.js";
import { type ProviderContext, providerRandom, retryAfterFor, userSessions } from "../../provider.js";
import { hex, uuid } from "../../random.js";
import type { RevokeState } from "../../revoke-state.js";
import { SessionIndex } from "../../session-index.js";
import { kratosErrorBody } from "./errors.js";
import { render } from "./render.js";

/** One fake Kratos project: its identities, API key, sessions by id, and which are disabled or deleted. */
export function kratosProject(context: ProviderContext, state: RevokeState) {
  const random = providerRandom(context, "ory-kratos");
  const token = `ory_pat_mock${hex(random, 24)}`;
  const users = Array.from({ length: context.usersPerProvider }, () => ({
    userId: uuid(random),
    sessionCount: context.sessionsPerUser,
  }));
  const facts = (user: number, index: number) => userSessions(context, "ory-kratos", user).at(index);
  const sessions = new SessionIndex(
    users.length,
    context.sessionsPerUser,
    (user, index) => render("", user, facts(user, index), context).id,
  );
  /** A session as the listing shows it, inactive once `disableSession` disabled it. */
  const session = (user: number, index: number) => {
    const disabled = !state.untouched && state.how(sessions.idsOf(user)[index] ?? "") === "disabled";
    return render(users[user]?.userId ?? "", user, facts(user, index), context, disabled);
  };
  return {
    context,
    state,
    token,
    users,
    sessions,
    session,
    /** Whether `deleteIdentitySessions` has deleted the session (disabled ones are still there). */
    deleted: (id: string) => state.how(id) === "deleted",
    /** Ory Network's rate-limit headers on a 204; a self-hosted Kratos sends none. */
    rateLimitHeaders: (): Record<string, string> =>
      context.kratosAuth
        ? { "x-ratelimit-limit": "10, 10;w=1, 300;w=60", "x-ratelimit-remaining": "9", "x-ratelimit-reset": "1" }
        : {},
    fail: (request: MockRequest, res: ServerResponse, status: number, message?: string, reason?: string) =>
      sendJson(
        res,
        status,
        kratosErrorBody(status, message, header(request, "x-request-id"), reason).body,
        retryAfterFor(status),
      ),
  };
}

export type KratosProject = ReturnType<typeof kratosProject>;
