import { onTestFinished } from "vitest";
import { type MockServerOptions, type ProviderId, type RevokeFaults, startMockServers } from "../src/index.js";

/**
 * A server of the test's own for one provider (closed when the test ends), so that what one test revokes
 * no other sees.
 */
export async function ownServer<P extends ProviderId>(
  provider: P,
  revokeFaults: RevokeFaults = {},
  options: Omit<MockServerOptions<P>, "providers" | "revokeFaults"> = {},
) {
  const started = await startMockServers<P>({
    seed: 3,
    usersPerProvider: 2,
    sessionsPerUser: 3,
    ...options,
    providers: [provider],
    revokeFaults: { [provider]: revokeFaults } as MockServerOptions<P>["revokeFaults"],
  });
  onTestFinished(() => started.close());
  return started.providers[provider];
}
