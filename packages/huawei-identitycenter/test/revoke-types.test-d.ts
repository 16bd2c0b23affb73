import { describe, expectTypeOf, it } from "vitest";
import * as api from "../src/index.js";
import {
  createHuaweiIdentityCenterClient,
  type HuaweiIdentityCenterUserParams,
  type RevokeReport,
  type RevokeResult,
  revokeSession,
  revokeUserSessions,
} from "../src/index.js";

const client = createHuaweiIdentityCenterClient({ region: "ap-southeast-1", accessKeyId: "a", secretAccessKey: "s" });
const user = { identityStoreId: "d-1234567890", userId: "u" };

describe("the revoke functions' types", () => {
  it("return a result and a report; there is no getSession (Huawei has no single-session read)", () => {
    expectTypeOf(revokeSession(client, { ...user, sessionId: "s" })).resolves.toEqualTypeOf<RevokeResult>();
    expectTypeOf(revokeUserSessions(client, user)).resolves.toEqualTypeOf<RevokeReport>();
    expectTypeOf<RevokeResult["outcome"]>().toEqualTypeOf<"revoked" | "alreadyGone">();
    expectTypeOf(api).not.toHaveProperty("getSession");
  });

  it("take the spec's path parameters under their option names", () => {
    expectTypeOf<keyof HuaweiIdentityCenterUserParams>().toEqualTypeOf<"identityStoreId" | "userId">();
    expectTypeOf<HuaweiIdentityCenterUserParams["identityStoreId"]>().toEqualTypeOf<string>();
    expectTypeOf<HuaweiIdentityCenterUserParams["userId"]>().toEqualTypeOf<string>();
    // @ts-expect-error the store is identityStoreId (the path's identity_store_id)
    revokeUserSessions(client, { identity_store_id: "d", userId: "u" });
    // @ts-expect-error revoking one session takes the user too (the batch delete's path names them)
    revokeSession(client, { sessionId: "s" });
    // @ts-expect-error Huawei has one way to end a session: no method option
    revokeSession(client, { ...user, sessionId: "s" }, { method: "delete" });
    revokeUserSessions(client, user, { concurrency: 2, dryRun: true, verify: false });
    // @ts-expect-error session ids are strings
    revokeSession(client, { ...user, sessionId: 1 });
  });
});
