import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

type Core = typeof import("../src/internal.js");

// The built package, as a program that imports it and a dependency that requires it would load it: two
// module instances of core in one process (pnpm test builds core before its tests).
const esm = (await import(new URL("../dist/internal.js", import.meta.url).href)) as Core;
const cjs = createRequire(import.meta.url)("../dist/internal.cjs") as Core;

describe("one program loading the ESM and the CommonJS build of core", () => {
  it("finds a client's context (its provider, operation and secrets) from the other build", () => {
    const auth = {
      authenticate: async (request: Request) => request,
      secrets: () => ["s3cret-key"],
    };
    const fallback = { provider: "fallback", operation: "none" };
    for (const [made, read] of [
      [cjs, esm],
      [esm, cjs],
    ] as const) {
      const client = made.createApiClient({
        context: { provider: "acme", operation: "listSessions" },
        baseUrl: "https://api.example",
        auth,
      });
      const context = read.clientContext(client, fallback);
      expect(context.provider).toBe("acme");
      expect(context.secrets()).toContain("s3cret-key");
    }
  });

  it("falls back to the given context for an object no build made", () => {
    const context = esm.clientContext({}, { provider: "fallback", operation: "none" });
    expect(context.provider).toBe("fallback");
    expect(context.secrets()).toEqual([]);
  });
});
