import { describe, expectTypeOf, it } from "vitest";
import type { SECURITY, SERVERS } from "../src/generated/operations.gen.js";
import {
  createHuaweiIdentityCenterClient,
  type HuaweiIdentityCenterClientOptions,
  type HuaweiIdentityCenterSession,
  listSessions,
  type SessionList,
} from "../src/index.js";

/** The option names the spec's server variables map to, over every server. */
type ServerOptionNames<TServer> = TServer extends { variables: infer V } ? V[keyof V] : never;

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

  it("has an option for every server variable of the spec", () => {
    expectTypeOf<ServerOptionNames<(typeof SERVERS)[number]>>().toExtend<keyof HuaweiIdentityCenterClientOptions>();
    expectTypeOf<ServerOptionNames<(typeof SERVERS)[number]>>().not.toBeNever();
  });

  it("signs by hand only because the spec says so", () => {
    // A declarative scheme added to the spec would need specAuth in client.ts: this fails until then.
    expectTypeOf<(typeof SECURITY)["schemes"][number]["handwritten"]>().toEqualTypeOf<"akSkSigner">();
  });
});
