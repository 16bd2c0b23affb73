import { describe, expectTypeOf, it } from "vitest";
import type { SERVERS } from "../src/generated/operations.gen.js";
import {
  createOryKratosClient,
  listSessions,
  type OryKratosClientOptions,
  type OryKratosIdentity,
  type OryKratosIdentityRegion,
  type OryKratosSession,
  type OryKratosSessionAuthenticationMethod,
  type OryKratosSessionDevice,
  type SessionList,
} from "../src/index.js";

describe("ory-kratos types", () => {
  const client = createOryKratosClient({ projectSlug: "p", token: "t" });

  it("lists raw sessions typed from the spec", () => {
    expectTypeOf(listSessions(client, { identityId: "i" })).toEqualTypeOf<SessionList<OryKratosSession>>();
    expectTypeOf<OryKratosSession["authenticator_assurance_level"]>().toEqualTypeOf<
      "aal0" | "aal1" | "aal2" | "aal3"
    >();
    expectTypeOf<OryKratosSessionDevice["ip_address"]>().toEqualTypeOf<string | null | undefined>();
  });

  it("types external_id and Ory Network's additions, all optional", () => {
    expectTypeOf<OryKratosSession["identity"]>().toEqualTypeOf<OryKratosIdentity>();
    expectTypeOf<OryKratosIdentity["external_id"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<OryKratosIdentity["region"]>().toEqualTypeOf<OryKratosIdentityRegion | undefined>();
    expectTypeOf<OryKratosIdentityRegion>().toEqualTypeOf<
      "eu-central" | "asia-northeast" | "us-east" | "us-west" | "eu" | "asia" | "us" | "global"
    >();
    expectTypeOf<OryKratosSessionAuthenticationMethod["upstream_acr"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<OryKratosSessionAuthenticationMethod["upstream_amr"]>().toEqualTypeOf<string[] | undefined>();
    type RecoveryAddress = NonNullable<OryKratosIdentity["recovery_addresses"]>[number];
    expectTypeOf<RecoveryAddress["break_glass_for_organization"]>().toEqualTypeOf<string | null | undefined>();
  });

  it("has an option for every variable of the spec's servers", () => {
    // Each server's variables map to option names; a server without variables contributes none.
    type VariableOptions<S> = S extends { readonly variables: infer V } ? V[keyof V] : never;
    type Named = VariableOptions<(typeof SERVERS)[number]>;
    expectTypeOf<Named>().not.toBeNever();
    expectTypeOf<Named>().toExtend<keyof OryKratosClientOptions>();
  });

  it("rejects wrong parameter names and types", () => {
    // @ts-expect-error the parameter is identityId
    listSessions(client, { id: "i" });
    // @ts-expect-error active is a boolean, not a string
    listSessions(client, { identityId: "i", active: "true" });
  });
});
