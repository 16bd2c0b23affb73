import type { RevokeOptions } from "@idp-sessions/core";
import type { REVOKERS } from "./generated/providers.gen.js";

type Revokers = typeof REVOKERS;

/** The providers a person can be signed out of: every provider package. */
export type ProviderId = keyof Revokers;

type RevokeAll<P extends ProviderId> = Revokers[P]["revokeUserSessions"];

/** A person's account at one provider: which provider, a client of its package, and the user there. */
export interface IdentityAt<P extends ProviderId> {
  readonly provider: P;
  /** A client made by the provider package's `create...Client`, with a credential that may revoke. */
  readonly client: Parameters<RevokeAll<P>>[0];
  /** The user, as that package's `revokeUserSessions` takes it (`{ userId }`, `{ identityId }`, ...). */
  readonly user: Parameters<RevokeAll<P>>[1];
  /** The provider's own revoking options, such as Auth0's or Kratos' `method`. */
  readonly options?: Omit<NonNullable<Parameters<RevokeAll<P>>[2]>, keyof RevokeOptions> | undefined;
}

/** A person's account at any one provider. */
export type Identity = { [P in ProviderId]: IdentityAt<P> }[ProviderId];
