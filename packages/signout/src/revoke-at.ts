import type { RevokeOptions, RevokeReport, RevokeResult } from "@idp-sessions/core";
import { REVOKERS } from "./generated/providers.gen.js";
import type { Identity } from "./identity.js";

// One call site for every provider: TypeScript cannot tie `identity.provider` to the matching entry of
// REVOKERS through a union, so the entry is called through the shape every provider package gives it.
// Identity (./identity.ts) is what keeps client, user and options matched to the provider.
type RevokeAll = (client: unknown, user: unknown, options: object) => Promise<RevokeReport>;
type RevokeOne = (client: unknown, params: object, options: object) => Promise<RevokeResult>;

/** The identity's provider package's `revokeUserSessions`, with the identity's own options and these. */
export function revokeUserSessionsAt(identity: Identity, options: RevokeOptions = {}): Promise<RevokeReport> {
  const revoke = REVOKERS[identity.provider].revokeUserSessions as RevokeAll;
  return revoke(identity.client, identity.user, { ...identity.options, ...options });
}

/**
 * The identity's provider package's `revokeSession` for one of the user's sessions: only a session the
 * user's listing shows is sent. Auth0's and Kratos' revoke take the session id alone and would end it
 * whoever it belongs to; a session id the listing does not show (gone already, or never the user's) is
 * reported `alreadyGone` (nothing of the user's to end) and nothing is sent.
 */
export async function revokeSessionAt(
  identity: Identity,
  sessionId: string,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<RevokeResult> {
  const listed = await revokeUserSessionsAt(identity, { dryRun: true, signal: options.signal });
  if (!listed.found.includes(sessionId)) return { sessionId, outcome: "alreadyGone" };
  const revoke = REVOKERS[identity.provider].revokeSession as RevokeOne;
  return revoke(identity.client, { ...identity.user, sessionId }, { ...identity.options, ...options });
}
