import { APIUserAbortError, IdpSessionsError, type RevokeOptions, type RevokeReport } from "@idp-sessions/core";
import type { Identity, ProviderId } from "./identity.js";
import { revokeUserSessionsAt } from "./revoke-at.js";

/** What became of one identity. */
export interface ProviderSignOut {
  readonly provider: ProviderId;
  /** The user as given in the identity. */
  readonly user: Identity["user"];
  /** The provider's report, or null when the run stopped before revoking anything (see `error`). */
  readonly report: RevokeReport | null;
  /** Why there is no report: the listing failed, the credential was refused, an option was wrong. */
  readonly error: IdpSessionsError | null;
}

/** What `signOutEverywhere` did: one result per identity, in the order given. */
export interface SignOutReport {
  readonly dryRun: boolean;
  readonly results: readonly ProviderSignOut[];
  /** Every identity's run is complete: nothing failed, the verification found nothing left. */
  readonly complete: boolean;
}

/**
 * Signs a person out everywhere: each identity's sessions are revoked by its provider package's
 * `revokeUserSessions`, all identities at once, each with `concurrency` requests in flight at most. One
 * provider's failure never stops another's; an abort stops them all (APIUserAbortError).
 */
export async function signOutEverywhere(
  identities: readonly Identity[],
  options: RevokeOptions = {},
): Promise<SignOutReport> {
  const results = await Promise.all(
    identities.map(async (identity): Promise<ProviderSignOut> => {
      const { provider, user } = identity;
      try {
        return { provider, user, report: await revokeUserSessionsAt(identity, options), error: null };
      } catch (cause) {
        if (cause instanceof APIUserAbortError) throw cause;
        return { provider, user, report: null, error: typed(provider, cause) };
      }
    }),
  );
  return {
    dryRun: options.dryRun === true,
    results,
    complete: results.every((result) => result.report?.complete === true),
  };
}

function typed(provider: ProviderId, cause: unknown): IdpSessionsError {
  if (cause instanceof IdpSessionsError) return cause;
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new IdpSessionsError({ provider, operation: "revokeUserSessions" }, `failed unexpectedly (${reason})`, {
    cause,
  });
}
