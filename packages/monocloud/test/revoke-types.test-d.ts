import { describe, expectTypeOf, it } from "vitest";
import {
  createMonoCloudClient,
  getSession,
  type MonoCloudSession,
  type MonoCloudUserParams,
  type RevokeOptions,
  type RevokeReport,
  type RevokeResult,
  revokeSession,
  revokeUserSessions,
} from "../src/index.js";

const client = createMonoCloudClient({ domain: "t.us.monocloud.com", apiKey: "k" });

describe("the get and revoke functions' types", () => {
  it("return the spec's session, a result and a report", () => {
    expectTypeOf(getSession(client, { userId: "u", sessionId: "s" })).resolves.toEqualTypeOf<MonoCloudSession>();
    expectTypeOf(revokeSession(client, { userId: "u", sessionId: "s" })).resolves.toEqualTypeOf<RevokeResult>();
    expectTypeOf(revokeUserSessions(client, { userId: "u" })).resolves.toEqualTypeOf<RevokeReport>();
    expectTypeOf<RevokeResult["outcome"]>().toEqualTypeOf<"revoked" | "alreadyGone">();
  });

  it("take the spec's path parameters under their option names", () => {
    expectTypeOf<MonoCloudUserParams>().toEqualTypeOf<{ readonly userId: string }>();
    // @ts-expect-error the path's user_id is userId
    getSession(client, { user_id: "u", sessionId: "s" });
    // @ts-expect-error the path's session_id is sessionId
    revokeSession(client, { userId: "u", session_id: "s" });
    // @ts-expect-error the session's user is required
    revokeSession(client, { sessionId: "s" });
  });

  it("have one way of revoking: no method option", () => {
    expectTypeOf<Parameters<typeof revokeUserSessions>[2]>().toEqualTypeOf<RevokeOptions | undefined>();
    revokeUserSessions(client, { userId: "u" }, { concurrency: 2, dryRun: true, verify: false });
    // @ts-expect-error MonoCloud has one way of revoking
    revokeUserSessions(client, { userId: "u" }, { method: "delete" });
    // @ts-expect-error MonoCloud has one way of revoking
    revokeSession(client, { userId: "u", sessionId: "s" }, { method: "delete" });
  });
});
