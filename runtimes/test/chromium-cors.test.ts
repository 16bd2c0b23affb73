/**
 * Chromium's page is really another origin than the mock servers: with CORS off (the mocks' default, and
 * the real admin APIs'), the browser blocks the program's first call, and says so. The matrix's pass is
 * therefore a pass of cross-origin requests with preflights, not of same-origin ones.
 */
import { expect, it } from "vitest";
import { PROVIDERS } from "../program/input.js";
import { runners } from "../src/runners/chromium.js";
import { oneUserMocks } from "./one-user.js";

const setup = oneUserMocks();

it("is blocked by the browser when the mock servers answer no CORS", async (context) => {
  const [browser] = runners;
  if (!browser) throw new Error("no chromium runner");
  const unavailable = browser.unavailable?.();
  if (unavailable) context.skip(unavailable);
  const mocks = setup.mocks();
  const allowNet = PROVIDERS.map((id) => new URL(mocks.providers[id].baseUrl).host);
  const error = await browser
    .run({
      bundles: setup.bundles(),
      input: { pageSize: 1, providers: setup.providers() },
      allowNet,
      timeoutMs: 60_000,
    })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  // Huawei's server is the first the program calls; Chromium's console names the policy that blocked it.
  const huawei = mocks.providers["huawei-identitycenter"].baseUrl;
  expect(String(error)).toContain(`Access to fetch at '${huawei}`);
  expect(String(error)).toMatch(/has been blocked by CORS policy/);
  expect(String(error)).toMatch(/APIConnectionError/);
});
