import { describe, expectTypeOf, it } from "vitest";
import {
  createOryKratosClient,
  getSession,
  ORY_KRATOS_REVOKE_METHODS,
  type OryKratosRevokeMethod,
  type OryKratosSessionExpand,
  type OryKratosSessionLookup,
  type OryKratosUserParams,
  type operations,
  type RevokeReport,
  type RevokeResult,
  revokeSession,
  revokeUserSessions,
} from "../src/index.js";

const client = createOryKratosClient({ projectSlug: "p", token: "t" });
const identityId = "6f1c1f70-0d5a-4d1f-9a0b-2e6f6b1c2d3e";

describe("the get and revoke functions' types", () => {
  it("return the spec's session lookup (identity null unless expanded), a result and a report", () => {
    expectTypeOf(getSession(client, { sessionId: "s" })).resolves.toEqualTypeOf<OryKratosSessionLookup>();
    expectTypeOf<OryKratosSessionLookup["identity"]>().toBeNullable();
    expectTypeOf(revokeSession(client, { identityId, sessionId: "s" })).resolves.toEqualTypeOf<RevokeResult>();
    expectTypeOf(revokeUserSessions(client, { identityId })).resolves.toEqualTypeOf<RevokeReport>();
  });

  it("take expand as the spec types it", () => {
    type SpecExpand = NonNullable<NonNullable<operations["getSession"]["parameters"]["query"]>["expand"]>;
    expectTypeOf<OryKratosSessionExpand[]>().toEqualTypeOf<SpecExpand>();
    expectTypeOf<OryKratosSessionExpand>().toEqualTypeOf<"identity" | "devices">();
    getSession(client, { sessionId: "s", expand: ["identity", "devices"] });
    // @ts-expect-error not an expandable relation
    getSession(client, { sessionId: "s", expand: ["credentials"] });
    // @ts-expect-error expand is an array
    getSession(client, { sessionId: "s", expand: "identity" });
  });

  it("take the spec's path parameters under their option names, the identity always", () => {
    expectTypeOf<OryKratosUserParams>().toEqualTypeOf<{ readonly identityId: string }>();
    // @ts-expect-error the session is sessionId (the path's id)
    getSession(client, { id: "s" });
    // @ts-expect-error revokeSession names the identity too
    revokeSession(client, { sessionId: "s" });
    // @ts-expect-error the identity is identityId
    revokeUserSessions(client, { id: identityId });
  });

  it("have Kratos' two methods for revoking all, disable the default; one session is only disabled", () => {
    expectTypeOf<OryKratosRevokeMethod>().toEqualTypeOf<(typeof ORY_KRATOS_REVOKE_METHODS)[number]>();
    expectTypeOf(ORY_KRATOS_REVOKE_METHODS[0]).toEqualTypeOf<"disable">();
    revokeUserSessions(client, { identityId }, { method: "delete", concurrency: 2, dryRun: true, verify: false });
    // @ts-expect-error Kratos disables or deletes
    revokeUserSessions(client, { identityId }, { method: "revoke" });
    // @ts-expect-error Kratos has no delete of one session: revokeSession takes no method
    revokeSession(client, { identityId, sessionId: "s" }, { method: "delete" });
    // @ts-expect-error concurrency is a number
    revokeUserSessions(client, { identityId }, { concurrency: "2" });
  });
});
