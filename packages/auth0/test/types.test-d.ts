import { describe, expectTypeOf, it } from "vitest";
import type { SERVERS } from "../src/generated/operations.gen.js";
import {
  type Auth0ClientOptions,
  type Auth0Session,
  type Auth0SessionsPage,
  createAuth0Client,
  listSessions,
  type SessionList,
} from "../src/index.js";

describe("auth0 types", () => {
  const client = createAuth0Client({ domain: "t.auth0.com", token: "t" });

  it("lists raw sessions typed from the spec", () => {
    expectTypeOf(listSessions(client, { userId: "u" })).toEqualTypeOf<SessionList<Auth0Session>>();
    expectTypeOf<Auth0Session["created_at"]>().toEqualTypeOf<string | Record<string, unknown> | null | undefined>();
    expectTypeOf<NonNullable<Auth0Session["cookie"]>["mode"]>().toEqualTypeOf<
      "non-persistent" | "persistent" | undefined
    >();
  });

  it("types what Auth0's own schema allows: no sessions, metadata values of any type, actor with sub", () => {
    expectTypeOf<Auth0SessionsPage["sessions"]>().toEqualTypeOf<Auth0Session[] | undefined>();
    expectTypeOf<NonNullable<Auth0Session["session_metadata"]>[string]>().toEqualTypeOf<unknown>();
    expectTypeOf<NonNullable<Auth0Session["actor"]>["sub"]>().toEqualTypeOf<string>();
  });

  it("has an option for every variable of the spec's servers", () => {
    type ValuesOf<T> = T extends unknown ? T[keyof T] : never;
    type ServerOption = Extract<ValuesOf<(typeof SERVERS)[number]["variables"]>, string>;
    expectTypeOf<ServerOption>().not.toBeNever();
    expectTypeOf<ServerOption>().toExtend<keyof Auth0ClientOptions>();
  });

  it("rejects wrong parameter names and types", () => {
    // @ts-expect-error the parameter is userId
    listSessions(client, { user: "u" });
    // @ts-expect-error userId is a string
    listSessions(client, { userId: 1 });
    // @ts-expect-error include_totals is a boolean, as in the spec
    listSessions(client, { userId: "u", include_totals: "true" });
    // @ts-expect-error paging is listSessions' own: take is the pageSize option
    listSessions(client, { userId: "u", take: 5 });
    // @ts-expect-error take is a number
    client.GET("/users/{user_id}/sessions", { params: { path: { user_id: "u" }, query: { take: "5" } } });
    // @ts-expect-error Auth0 takes a token, not an apiKey
    createAuth0Client({ domain: "t.auth0.com", apiKey: "k" });
  });
});
