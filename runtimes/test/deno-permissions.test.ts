/**
 * Deno's runner grants the network to the mock servers' addresses only: without one of them the program
 * fails on that provider with Deno's permission error, so the matrix's pass is not a pass with --allow-all.
 */
import { type MockServers, startMockServers } from "@idp-sessions/mock";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PROVIDERS, type ProgramInput } from "../program/input.js";
import { bundleProgram, type Host } from "../src/bundle.js";
import { runners } from "../src/runners/deno.js";

let bundles: Record<Host, string>;
let mocks: MockServers;

beforeAll(async () => {
  bundles = await bundleProgram();
  mocks = await startMockServers({ usersPerProvider: 1, sessionsPerUser: 2 });
});

afterAll(() => mocks.close());

it("denies a mock server's address that --allow-net does not name", async () => {
  const [deno] = runners;
  if (!deno) throw new Error("no deno runner");
  const providers = {} as ProgramInput["providers"];
  for (const id of PROVIDERS) {
    const { baseUrl, credentials, users } = mocks.providers[id];
    const user = users[0];
    if (!user) throw new Error(`${id}: no user`);
    providers[id] = { baseUrl, credentials, userId: user.userId, identityStoreId: user.identityStoreId ?? "" };
  }
  // Every server but the first provider's (Huawei's, the first the program calls).
  const allowNet = PROVIDERS.slice(1).map((id) => new URL(mocks.providers[id].baseUrl).host);
  const error = await deno
    .run({ bundles, input: { pageSize: 1, providers }, allowNet, timeoutMs: 60_000 })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  expect(String(error)).toMatch(/NotCapable|PermissionDenied|Requires net access/);
});
