import { CONTRACT_PROVIDERS, type ContractTarget, envForServers, targetFromEnv } from "@idp-sessions/contract";
import { startMockServers } from "@idp-sessions/mock";
import { listNormalizedSessions, type Session } from "@idp-sessions/normalize";

/** Every provider's sessions of the mock servers' first user, normalized, as the demo lists them. */
export async function mockSessions(sessionsPerUser: number): Promise<Session[]> {
  const mock = await startMockServers({ seed: 7, usersPerProvider: 1, sessionsPerUser });
  try {
    const sessions: Session[] = [];
    for (const provider of CONTRACT_PROVIDERS) {
      const env = envForServers({ [provider]: mock.providers[provider] });
      const target = targetFromEnv(provider, env) as ContractTarget;
      const list = listNormalizedSessions(
        provider,
        target.list((r) => globalThis.fetch(r)),
        { userId: mock.providers[provider].users[0]?.userId },
      );
      sessions.push(...((await list.collect()) as Session[]));
    }
    return sessions;
  } finally {
    await mock.close();
  }
}
