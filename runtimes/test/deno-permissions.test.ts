/**
 * Deno's runner grants the network to the mock servers' addresses only: without one of them the program
 * fails on that provider with Deno's permission error, so the matrix's pass is not a pass with --allow-all.
 */
import { expect, it } from "vitest";
import { PROVIDERS } from "../program/input.js";
import { runners } from "../src/runners/deno.js";
import { oneUserMocks } from "./one-user.js";

const setup = oneUserMocks();

it("denies a mock server's address that --allow-net does not name", async () => {
  const [deno] = runners;
  if (!deno) throw new Error("no deno runner");
  const providers = setup.providers();
  const mocks = setup.mocks();
  // Every server but the first provider's (Huawei's, the first the program calls).
  const allowNet = PROVIDERS.slice(1).map((id) => new URL(mocks.providers[id].baseUrl).host);
  const error = await deno
    .run({ bundles: setup.bundles(), input: { pageSize: 1, providers }, allowNet, timeoutMs: 60_000 })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  expect(String(error)).toMatch(/NotCapable|PermissionDenied|Requires net access/);
  // The client says it was the runtime, at once (core does not retry a refusal no retry can change).
  const huawei = new URL(mocks.providers["huawei-identitycenter"].baseUrl).host;
  expect(String(error)).toContain(
    `APIConnectionError: huawei-identitycenter listUserSessions: the runtime does not allow a connection to ${huawei}`,
  );
});
