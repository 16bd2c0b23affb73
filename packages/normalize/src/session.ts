import type { RawSessions } from "./generated/providers.gen.js";
import type { AuthMethodKind } from "./vocabulary.js";

/** The raw session type of each provider, as its package exports it (generated from the specs). */
export type { RawSessions };

export type ProviderId = keyof RawSessions;

/**
 * `active`: not expired (and, for Kratos, marked active); `expired`: an expiry lies before `now`;
 * `inactive`: Kratos says `active: false`; `unknown`: the provider sent nothing that decides it.
 */
export type SessionStatus = "active" | "expired" | "inactive" | "unknown";

/** Where the session was last seen. Numbers are decimal degrees. */
export interface SessionLocation {
  country: string | null;
  region: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** A device or client the session was seen from. */
export interface SessionDevice {
  /** The provider's device record id (Kratos), else null. */
  id: string | null;
  ip: string | null;
  userAgent: string | null;
  /** Free-text location as the provider wrote it (Kratos: `"Berlin, DE"`). */
  location: string | null;
  /** Autonomous system number (Auth0). */
  asn: string | null;
  /** Auth0 keeps the `initial` and the `last` device; null elsewhere. */
  seenAs: "initial" | "last" | null;
}

/** One completed authentication step. */
export interface SessionAuthMethod {
  /** The method on the shared vocabulary. */
  method: AuthMethodKind;
  /** The provider's own name for it, e.g. `pwd`, `lookup_secret`, `otpSms`, `mfa:otp`. */
  rawMethod: string;
  /** ISO 8601 UTC, or null. */
  completedAt: string | null;
  /** The assurance level the provider recorded for this step (Kratos), or null. */
  aal: string | null;
}

/** What every normalized session has, whatever the provider. Times are ISO 8601 UTC strings or null. */
export interface SessionFields {
  /** The provider's own session id, unprefixed (null only where the provider omits it). */
  id: string | null;
  userId: string | null;
  status: SessionStatus;
  createdAt: string | null;
  authenticatedAt: string | null;
  lastActiveAt: string | null;
  expiresAt: string | null;
  idleExpiresAt: string | null;
  ip: string | null;
  userAgent: string | null;
  /** Null when the provider has no location data at all. */
  location: SessionLocation | null;
  devices: SessionDevice[];
  clientIds: string[];
  authMethods: SessionAuthMethod[];
  /** Kratos' `authenticator_assurance_level`; null elsewhere. */
  assuranceLevel: string | null;
  /** Session metadata (Auth0 `session_metadata`, ZITADEL `metadata` decoded); null when the provider has none. */
  metadata: Record<string, string> | null;
}

/** A normalized session of provider `P`, with the untouched raw object. */
export type SessionOf<P extends ProviderId> = SessionFields & { provider: P; raw: RawSessions[P] };

/** A normalized session of any provider; `raw` narrows by `provider`. */
export type Session = { [P in ProviderId]: SessionOf<P> }[ProviderId];

export interface NormalizeOptions {
  /** The clock that `status` is decided against (default: now). */
  now?: Date | undefined;
}
