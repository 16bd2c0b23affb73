import { describe, expectTypeOf, it } from "vitest";
import {
  type Auth0Session,
  createAuth0Client,
  getSession,
  type RevokeReport,
  type RevokeResult,
  revokeSession,
  revokeUserSessions,
} from "../src/index.js";

const client = createAuth0Client({ domain: "t.auth0.com", token: "t" });

describe("the get and revoke functions' types", () => {
  it("return the spec's session, a result and a report", () => {
    expectTypeOf(getSession(client, { sessionId: "s" })).resolves.toEqualTypeOf<Auth0Session>();
    expectTypeOf(revokeSession(client, { sessionId: "s" })).resolves.toEqualTypeOf<RevokeResult>();
    expectTypeOf(revokeUserSessions(client, { userId: "u" })).resolves.toEqualTypeOf<RevokeReport>();
    expectTypeOf<RevokeResult["outcome"]>().toEqualTypeOf<"revoked" | "alreadyGone">();
  });

  it("take the spec's path parameters under their option names, and Auth0's two methods", () => {
    // @ts-expect-error the session is sessionId (the path's id)
    revokeSession(client, { id: "s" });
    // @ts-expect-error the user is userId
    revokeUserSessions(client, { user_id: "u" });
    // @ts-expect-error Auth0 revokes or deletes
    revokeSession(client, { sessionId: "s" }, { method: "disable" });
    revokeUserSessions(client, { userId: "u" }, { method: "delete", concurrency: 2, dryRun: true, verify: false });
    // @ts-expect-error concurrency is a number
    revokeUserSessions(client, { userId: "u" }, { concurrency: "2" });
  });
});
