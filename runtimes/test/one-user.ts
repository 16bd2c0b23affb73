/**
 * The setup of the tests of a runtime's network limit (Deno's --allow-net, workerd's network): the bundles
 * (built by test/global-setup.ts) and mock servers with one user and two sessions each, started before the file's tests and closed after.
 */
import { type MockServers, startMockServers } from "@idp-sessions/mock";
import { afterAll, beforeAll } from "vitest";
import { PROVIDERS, type ProgramInput } from "../program/input.js";
import { type Host, programBundles } from "../src/bundle.js";

export interface OneUser {
  bundles(): Record<Host, string>;
  mocks(): MockServers;
  /** Each provider's mock server, credentials and first user, as the program's input takes them. */
  providers(): ProgramInput["providers"];
}

export function oneUserMocks(): OneUser {
  const bundles = programBundles();
  let mocks: MockServers | undefined;
  beforeAll(async () => {
    mocks = await startMockServers({ usersPerProvider: 1, sessionsPerUser: 2 });
  });
  afterAll(() => mocks?.close());
  const started = () => {
    if (!mocks) throw new Error("oneUserMocks: used before its beforeAll ran");
    return { bundles, mocks };
  };
  return {
    bundles: () => started().bundles,
    mocks: () => started().mocks,
    providers: () => {
      const { mocks } = started();
      const providers = {} as ProgramInput["providers"];
      for (const id of PROVIDERS) {
        const { baseUrl, credentials, users } = mocks.providers[id];
        const user = users[0];
        if (!user) throw new Error(`${id}: no user`);
        providers[id] = { baseUrl, credentials, userId: user.userId, identityStoreId: user.identityStoreId ?? "" };
      }
      return providers;
    },
  };
}
