import type { Auth0Session } from "@idp-sessions/auth0";
import type { OryKratosSession, OryKratosSessionLookup } from "@idp-sessions/ory-kratos";
import { describe, expectTypeOf, it } from "vitest";
import { normalizeSession, type Session, type SessionOf } from "../src/index.js";

describe("normalize types", () => {
  it("narrows raw by provider", () => {
    const session = {} as Session;
    if (session.provider === "auth0") expectTypeOf(session.raw).toEqualTypeOf<Auth0Session>();
    // Listed, or from getSession (identity null unless expanded): both normalize.
    if (session.provider === "ory-kratos")
      expectTypeOf(session.raw).toEqualTypeOf<OryKratosSession | OryKratosSessionLookup>();
  });

  it("types normalizeSession by its provider argument", () => {
    expectTypeOf(normalizeSession("auth0", {})).toEqualTypeOf<SessionOf<"auth0">>();
    // @ts-expect-error a Kratos session needs its id
    normalizeSession("ory-kratos", {});
    // @ts-expect-error unknown provider
    normalizeSession("okta", {});
  });
});
