import { describe, expectTypeOf, it } from "vitest";
import {
  createOryKratosClient,
  listSessions,
  type OryKratosSession,
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

  it("rejects wrong parameter names and types", () => {
    // @ts-expect-error the parameter is identityId
    listSessions(client, { id: "i" });
    // @ts-expect-error active is a boolean, not a string
    listSessions(client, { identityId: "i", active: "true" });
  });
});
