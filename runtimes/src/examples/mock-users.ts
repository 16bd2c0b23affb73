/**
 * What the examples' tests ask the mock servers from the test's own Node, through the client packages:
 * a mock user as the matrix program takes it, and that user's sessions as the server holds them now.
 */
import type { MockProvider, MockServers } from "@idp-sessions/mock";
import type { ProviderId, ProviderInput } from "../../program/input.js";
import { listStatuses } from "../../program/list-revoke.js";

/** Mock user `index` of a provider: its server, credentials, user id (and Huawei's identity store). */
export function mockUser<P extends ProviderId>(mocks: MockServers<P>, provider: P, index: number): ProviderInput {
  const { baseUrl, credentials, users } = mocks.providers[provider];
  const user = users[index];
  if (!user) throw new Error(`${provider}: the mock has no user ${index}`);
  return {
    baseUrl,
    credentials,
    userId: user.userId,
    ...(user.identityStoreId ? { identityStoreId: user.identityStoreId } : {}),
  };
}

/** The user's normalized sessions (id and status), listed now in one page. */
export function sessionsOf<P extends ProviderId>(
  mocks: MockServers<P>,
  provider: P,
  index: number,
): Promise<{ id: string; status: string }[]> {
  return listStatuses(provider, mockUser(mocks, provider, index), 100);
}

/**
 * The ids of the sessions the provider still holds as the user's, listed now: what revoking them all
 * ends (the packages' `found`). Every listed session, but at Kratos, which keeps disabled and expired
 * sessions listed, only the active ones.
 */
export async function liveIds<P extends ProviderId>(
  mocks: MockServers<P>,
  provider: P,
  index: number,
): Promise<string[]> {
  const sessions = await sessionsOf(mocks, provider, index);
  return sessions.filter((s) => provider !== "ory-kratos" || s.status === "active").map((s) => s.id);
}

/** Requests every mock server has answered so far: unchanged means nothing was sent to any provider. */
export function requestCounts<P extends ProviderId>(mocks: MockServers<P>): Record<string, number> {
  const providers: Record<string, MockProvider> = mocks.providers;
  return Object.fromEntries(Object.entries(providers).map(([id, provider]) => [id, provider.requestCount]));
}

/** `127.0.0.1:port` of every mock server (Deno's --allow-net). */
export function mockHosts<P extends ProviderId>(mocks: MockServers<P>): string[] {
  const providers: Record<string, MockProvider> = mocks.providers;
  return Object.values(providers).map((provider) => new URL(provider.baseUrl).host);
}
