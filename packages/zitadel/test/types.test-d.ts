import { describe, expectTypeOf, it } from "vitest";
import { createZitadelClient, listSessions, type SessionList, type ZitadelSession } from "../src/index.js";

describe("zitadel types", () => {
  const client = createZitadelClient({ domain: "z.zitadel.cloud", token: "t" });

  it("lists raw sessions typed from the spec", () => {
    expectTypeOf(listSessions(client, { userId: "u" })).toEqualTypeOf<SessionList<ZitadelSession>>();
    expectTypeOf<ZitadelSession["sequence"]>().toEqualTypeOf<string | number | undefined>();
  });

  it("rejects wrong parameter names and types", () => {
    // @ts-expect-error the parameter is userId
    listSessions(client, { user: "u" });
    // @ts-expect-error a search query sets one of the known kinds
    listSessions(client, { userId: "u", queries: [{ emailQuery: { email: "x" } }] });
  });
});
