import { describe, expectTypeOf, it } from "vitest";
import {
  createZitadelClient,
  getSession,
  type RevokeReport,
  type RevokeResult,
  revokeSession,
  revokeUserSessions,
  type ZitadelGetSessionParams,
  type ZitadelSession,
  type ZitadelUserParams,
} from "../src/index.js";

const client = createZitadelClient({ domain: "z.zitadel.cloud", token: "t" });

describe("the get and revoke functions' types", () => {
  it("return the spec's session, a result and a report", () => {
    expectTypeOf(getSession(client, { sessionId: "s" })).resolves.toEqualTypeOf<ZitadelSession>();
    expectTypeOf(revokeSession(client, { userId: "u", sessionId: "s" })).resolves.toEqualTypeOf<RevokeResult>();
    expectTypeOf(revokeUserSessions(client, { userId: "u" })).resolves.toEqualTypeOf<RevokeReport>();
    expectTypeOf<RevokeResult["outcome"]>().toEqualTypeOf<"revoked" | "alreadyGone">();
  });

  it("take the spec's path parameter under its option name, the optional sessionToken, and the user", () => {
    expectTypeOf<keyof ZitadelGetSessionParams>().toEqualTypeOf<"sessionId" | "sessionToken">();
    expectTypeOf<ZitadelGetSessionParams["sessionId"]>().toEqualTypeOf<string>();
    expectTypeOf<ZitadelGetSessionParams["sessionToken"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ZitadelUserParams>().toEqualTypeOf<{ userId: string }>();
    getSession(client, { sessionId: "s", sessionToken: "token" });
    // @ts-expect-error the session is sessionId (the path's session_id)
    getSession(client, { session_id: "s" });
    // @ts-expect-error revoking takes the user too (the GET checks the session is theirs)
    revokeSession(client, { sessionId: "s" });
    // @ts-expect-error ZITADEL has one way to end a session: no method option
    revokeSession(client, { userId: "u", sessionId: "s" }, { method: "delete" });
    revokeUserSessions(client, { userId: "u" }, { concurrency: 2, dryRun: true, verify: false });
    // @ts-expect-error no method option
    revokeUserSessions(client, { userId: "u" }, { method: "delete" });
    // @ts-expect-error concurrency is a number
    revokeUserSessions(client, { userId: "u" }, { concurrency: "2" });
  });
});
