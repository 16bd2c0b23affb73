/**
 * What the runtime matrix hands the program (as one JSON argument) and what the program prints (one JSON
 * line). Types only: the test process and every runtime share them.
 */
export const PROVIDERS = ["huawei-identitycenter", "ory-kratos", "monocloud", "auth0", "zitadel"] as const;
export type ProviderId = (typeof PROVIDERS)[number];

export interface ProviderInput {
  /** The mock server's base URL, as the provider's client takes it. */
  baseUrl: string;
  /** The client options for authentication (`{ token }`, `{ apiKey }`, the Huawei key pair). */
  credentials: Record<string, string>;
  /** The user whose sessions are listed and one of them revoked. */
  userId: string;
  /** Huawei only: the identity store the user is in. */
  identityStoreId?: string;
}

export interface ProgramInput {
  /** The page size every paging provider lists with (small, so that a listing takes several pages). */
  pageSize: number;
  providers: Record<ProviderId, ProviderInput>;
  /** Hostile servers the defences are tried against (src/hostile-server.ts); without them none is tried. */
  defences?: DefencesInput;
}

export interface DefencesInput {
  /** A server that answers every request with a redirect to another origin. */
  redirectBaseUrl: string;
  /** A server that sends a response's headers and part of its body, then nothing more. */
  stallBaseUrl: string;
  /** The attempt timeout the stalled call is made with. */
  timeoutMs: number;
}

/** What a defence threw: its class, status, and whether `instanceof` knows it. */
export interface DefenceSeen {
  name: string;
  status: number | null;
  isExpectedClass: boolean;
  /** APIConnectionTimeoutError's `timeoutMs`, or null. */
  timeoutMs: number | null;
}

export interface DefencesResult {
  /** Listing at the redirecting server: a RedirectError, nothing followed. */
  redirect: DefenceSeen;
  /** Listing at the stalling server: an APIConnectionTimeoutError once the attempt's time is up. */
  stall: DefenceSeen;
}

/** A typed error the program provoked: its class, status, and whether `instanceof` knows it. */
export interface ErrorSeen {
  /** What was done to get it, e.g. `listSessions(unknown user)`. */
  how: string;
  name: string;
  status: number | null;
  /** `instanceof` the class the provider package exports for that status (AuthenticationError, NotFoundError). */
  isExpectedClass: boolean;
  /** `instanceof` the package's APIError. */
  isAPIError: boolean;
}

export interface ProviderResult {
  /** Sessions listed before the revoke, and in how many pages. */
  count: number;
  pages: number;
  /** The normalized sessions' ids, in listing order. */
  ids: string[];
  /** Every normalized session's `provider` and `userId` (deduplicated). */
  normalizedProviders: string[];
  normalizedUserIds: string[];
  revoke: { sessionId: string; outcome: string };
  /** The listing after the revoke: its ids, and the revoked session's normalized status if still listed. */
  after: { count: number; ids: string[]; revokedStatus: string | null };
  unauthorized: ErrorSeen;
  notFound: ErrorSeen;
}

export interface ProgramResult {
  runtime: string;
  version: string;
  providers: Record<ProviderId, ProviderResult>;
  /** Null when the input named no hostile servers. */
  defences: DefencesResult | null;
}

declare global {
  /** Chromium's page hands the program to the runner as this global (program/hosts/browser.ts sets it). */
  var listRevokeProgram: ((input: ProgramInput) => Promise<ProgramResult>) | undefined;
}
