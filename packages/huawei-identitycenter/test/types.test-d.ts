import { describe, expectTypeOf, it } from "vitest";
import {
  createHuaweiIdentityCenterClient,
  type HuaweiIdentityCenterSession,
  listSessions,
  type SessionList,
} from "../src/index.js";

describe("huawei-identitycenter types", () => {
  const client = createHuaweiIdentityCenterClient({ region: "ap-southeast-1", accessKeyId: "a", secretAccessKey: "s" });

  it("lists raw sessions typed from the spec", () => {
    expectTypeOf(listSessions(client, { identityStoreId: "d", userId: "u" })).toEqualTypeOf<
      SessionList<HuaweiIdentityCenterSession>
    >();
    expectTypeOf<HuaweiIdentityCenterSession["creation_time"]>().toEqualTypeOf<number>();
    expectTypeOf<HuaweiIdentityCenterSession["ip_address"]>().toEqualTypeOf<string | null | undefined>();
  });

  it("rejects wrong parameter names and types", () => {
    // @ts-expect-error identityStoreId is required
    listSessions(client, { userId: "u" });
    // @ts-expect-error the key pair is accessKeyId + secretAccessKey
    createHuaweiIdentityCenterClient({ region: "ap-southeast-1", accessKey: "a", secretAccessKey: "s" });
  });
});
