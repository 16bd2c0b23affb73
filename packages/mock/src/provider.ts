import type { ServerResponse } from "node:http";
import { type SessionFacts, sessionFacts } from "./facts.js";
import type { MockRequest } from "./http.js";
import { seeded } from "./random.js";

export const PROVIDER_IDS = ["huawei-identitycenter", "ory-kratos", "monocloud", "auth0", "zitadel"] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export interface MockUser {
  userId: string;
  sessionCount: number;
  /** Huawei only: the identity store the user is in. */
  identityStoreId?: string;
}

/** What a provider's fake needs to know. */
export interface ProviderContext {
  seed: number;
  usersPerProvider: number;
  sessionsPerUser: number;
  referenceMs: number;
  kratosAuth: boolean;
  huaweiTemporaryCredentials: boolean;
}

/** One provider's fake: its base path, credentials, users and request handler. */
export interface ProviderMock {
  /** Path prefix of the spec's server URL (`/api/v2` for Auth0, `/api` for MonoCloud, else empty). */
  basePath: string;
  credentials: Record<string, string>;
  /** Credentials that may read sessions but not revoke them (where the provider has such a permission). */
  readOnlyCredentials?: Record<string, string>;
  users: MockUser[];
  handle(request: MockRequest, res: ServerResponse): void | Promise<void>;
  /** The provider's error body for a status, as its spec describes it. */
  errorBody(status: number, message?: string): { body: unknown; contentType: string };
}

/** The facts of one user's sessions, computed on demand. */
export function userSessions(context: ProviderContext, provider: ProviderId, user: number) {
  const providerIndex = PROVIDER_IDS.indexOf(provider);
  const count = context.sessionsPerUser;
  return {
    count,
    at: (index: number): SessionFacts =>
      sessionFacts(context.seed, providerIndex, user, index, count, context.referenceMs),
  };
}

/** A deterministic random source for a provider's ids and credentials. */
export function providerRandom(context: ProviderContext, provider: ProviderId, salt = 0) {
  return seeded(context.seed, PROVIDER_IDS.indexOf(provider), 1_000_003, salt);
}

/** Indexes of a user's sessions, in the order a provider lists them, optionally filtered. */
export function selectIndexes(count: number, keep?: (index: number) => boolean, descending = false): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const index = descending ? count - 1 - i : i;
    if (!keep || keep(index)) out.push(index);
  }
  return out;
}

/**
 * The positions of a listing: `at(n)` is the index of the n-th session listed. Without `keep` and in
 * generated order this is the identity, so that an untouched listing of a million sessions stays lazy.
 */
export function listing(count: number, keep?: (index: number) => boolean, descending = false) {
  if (!keep && !descending) return { total: count, at: (n: number) => n };
  const indexes = selectIndexes(count, keep, descending);
  return { total: indexes.length, at: (n: number) => indexes[n] ?? 0 };
}

/** `Retry-After` for a 429 a revoke fault answers: no wait, so that a client's retries come at once. */
export const retryAfterFor = (status: number): Record<string, string> => (status === 429 ? { "retry-after": "0" } : {});
