/**
 * workerd's Worker reaches the mock servers only through the runner's loopback network: with workerd's
 * default (`allow = ["public"]`, the `internet` service's) the program's first fetch is refused, so the
 * matrix's pass is not a pass with an open network.
 */
import { expect, it } from "vitest";
import { runWorkerd } from "../src/runners/workerd.js";
import { oneUserMocks } from "./one-user.js";

const setup = oneUserMocks();

it("refuses the mock servers with workerd's default network (public addresses only)", async () => {
  const input = { pageSize: 1, providers: setup.providers() };
  const error = await runWorkerd({ bundles: setup.bundles(), input, timeoutMs: 60_000 }, ["public"]).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  expect(String(error)).toMatch(/workerd answered 500[\s\S]*APIConnectionError[\s\S]*is not allowed/);
});
