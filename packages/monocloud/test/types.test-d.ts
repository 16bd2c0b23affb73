import { describe, expectTypeOf, it } from "vitest";
import { createMonoCloudClient, listSessions, type MonoCloudSession, type SessionList } from "../src/index.js";

describe("monocloud types", () => {
  const client = createMonoCloudClient({ domain: "d.monocloud.com", apiKey: "k" });

  it("lists raw sessions typed from the spec", () => {
    expectTypeOf(listSessions(client, { userId: "u" })).toEqualTypeOf<SessionList<MonoCloudSession>>();
    expectTypeOf<MonoCloudSession["initiated_at"]>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<MonoCloudSession["last_metadata"]>["latitude"]>().toEqualTypeOf<
      string | null | undefined
    >();
  });

  it("rejects wrong parameter names and types", () => {
    // @ts-expect-error the parameter is userId
    listSessions(client, { user_id: "u" });
    // @ts-expect-error MonoCloud takes an apiKey, not a token
    createMonoCloudClient({ domain: "d.monocloud.com", token: "t" });
  });
});
