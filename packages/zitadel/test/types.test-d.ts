import { describe, expectTypeOf, it } from "vitest";
import type { SERVERS } from "../src/generated/operations.gen.js";
import {
  createZitadelClient,
  listSessions,
  type SessionList,
  type ZitadelClientOptions,
  type ZitadelSession,
} from "../src/index.js";

/** The client option each of the spec's server variables names (per server, so a union stays whole). */
type ServerOptions<V> = V extends unknown ? Exclude<V[keyof V], null> : never;

describe("zitadel types", () => {
  const client = createZitadelClient({ domain: "z.zitadel.cloud", token: "t" });

  it("lists raw sessions typed from the spec", () => {
    expectTypeOf(listSessions(client, { userId: "u" })).toEqualTypeOf<SessionList<ZitadelSession>>();
    expectTypeOf<ZitadelSession["sequence"]>().toEqualTypeOf<string | number | undefined>();
  });

  it("has an option for every server variable of the spec", () => {
    expectTypeOf<ServerOptions<(typeof SERVERS)[number]["variables"]>>().toExtend<keyof ZitadelClientOptions>();
  });

  it("rejects wrong parameter names and types", () => {
    // @ts-expect-error the parameter is userId
    listSessions(client, { user: "u" });
    // @ts-expect-error a search query sets one of the known kinds
    listSessions(client, { userId: "u", queries: [{ emailQuery: { email: "x" } }] });
  });
});
