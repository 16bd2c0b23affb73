import type { ServerResponse } from "node:http";
import { sendJson } from "../../http.js";
import { type ProviderContext, providerRandom, retryAfterFor, userSessions } from "../../provider.js";
import { chars, digits, hex } from "../../random.js";
import type { RevokeState } from "../../revoke-state.js";
import { SessionIndex } from "../../session-index.js";
import { render } from "./render.js";

const GRPC: Record<number, number> = { 400: 3, 401: 16, 403: 7, 404: 5, 405: 12, 429: 8, 500: 13, 503: 14 };
const XID = "0123456789abcdefghijklmnopqrstuv";
const DETAIL = "type.googleapis.com/zitadel.v1.ErrorDetail";

/** A ZITADEL error: `key (id)` with one ErrorDetail (the key untranslated). */
export const zitadelError = (status: number, key: string, id: string) => ({
  code: GRPC[status] ?? 2,
  message: `${key} (${id})`,
  details: [{ "@type": DETAIL, id, message: key }],
});
/** Any other error (the gateway's, protoc-gen-validate's): a status without details. */
export const plainError = (status: number, message: string) => ({ code: GRPC[status] ?? 2, message });

export function zitadelErrorBody(status: number, message?: string) {
  const known: Record<number, () => unknown> = {
    401: () => zitadelError(401, "Errors.Token.Invalid", "AUTH-7fs1e"),
    403: () => zitadelError(403, "No matching permissions found", "AUTH-5mWD2"),
    404: () => plainError(404, "Not Found"),
    429: () => zitadelError(429, "Errors.Limits.Instance.Blocked", "LIMITS-molsj"),
    500: () => ({
      code: 13,
      message: "db connection error ()",
      details: [{ "@type": DETAIL, message: "db connection error" }],
    }),
  };
  const body =
    message !== undefined ? plainError(status, message) : (known[status]?.() ?? plainError(status, `HTTP ${status}`));
  return { body, contentType: "application/json" };
}

/** One fake ZITADEL instance: its organization, users, tokens (one without `session.delete`) and sessions. */
export function zitadelInstance(context: ProviderContext, state: RevokeState) {
  const random = providerRandom(context, "zitadel");
  const requestIds = providerRandom(context, "zitadel", 1);
  const token = `mock-zitadel-pat-${hex(random, 32)}`;
  const orgId = digits(random, 18);
  const users = Array.from({ length: context.usersPerProvider }, () => ({
    userId: digits(random, 18),
    sessionCount: context.sessionsPerUser,
  }));
  // Drawn after the users, so that the full token and the users stay what they were before it existed.
  const readOnlyToken = `mock-zitadel-read-only-pat-${hex(random, 32)}`;
  const session = (user: number, index: number) =>
    render(users[user]?.userId ?? "", user, orgId, userSessions(context, "zitadel", user).at(index), 1000 + index);
  return {
    context,
    state,
    token,
    readOnlyToken,
    orgId,
    users,
    session,
    sessions: new SessionIndex(users.length, context.sessionsPerUser, (user, index) => session(user, index).id),
    /** The details each termination answered, answered again for a repeat. */
    terminated: new Map<string, Record<string, string>>(),
    /** Whether the bearer token may read sessions, and whether it may also delete them. */
    permissions: (authorization: string | undefined) =>
      authorization === `Bearer ${token}`
        ? { delete: true }
        : authorization === `Bearer ${readOnlyToken}`
          ? { delete: false }
          : undefined,
    send: (res: ServerResponse, status: number, body: unknown) =>
      sendJson(res, status, body, { "x-request-id": chars(requestIds, XID, 20), ...retryAfterFor(status) }),
  };
}

export type ZitadelInstance = ReturnType<typeof zitadelInstance>;
