import { describe, expectTypeOf, it } from "vitest";
import type { OPERATIONS } from "../src/generated/operations.gen.js";
import type { Auth0ListParams, operations } from "../src/index.js";

/**
 * Every parameter of the spec's getUserSessions reaches listSessions' callers: the path parameters under
 * their option names, and every query parameter that is not a paging one under the spec's own name. A
 * parameter added to the spec and regenerated without reaching callers fails this check.
 */
type Operation = typeof OPERATIONS.getUserSessions;
type Spec = operations["getUserSessions"]["parameters"];
type Query = NonNullable<Spec["query"]>;
type Binding = Operation["pagination"][keyof Operation["pagination"]];
/** The query parameters the pagination bindings own, from the generated OPERATIONS (none listed here). */
type PagingNames =
  | Extract<Binding, { readonly in: "query" }>["name"]
  | (Operation extends { readonly unusedPaging: readonly (infer U)[] } ? U : never);
type PathOptionNames = Operation["pathOptions"][keyof Operation["pathOptions"]];
type CallerQuery = Exclude<keyof Query, PagingNames>;

describe("auth0 listSessions parameters", () => {
  it("takes the path parameters under their options and every other query parameter", () => {
    expectTypeOf<keyof Auth0ListParams>().toEqualTypeOf<PathOptionNames | CallerQuery>();
    expectTypeOf<keyof Operation["pathOptions"]>().toEqualTypeOf<keyof Spec["path"]>();
    expectTypeOf<Operation["passThrough"][number]>().toEqualTypeOf<CallerQuery>();
  });

  it("types each query parameter as the spec does", () => {
    expectTypeOf<Pick<Auth0ListParams, CallerQuery>>().toEqualTypeOf<Pick<Query, CallerQuery>>();
    expectTypeOf<Auth0ListParams["userId"]>().toEqualTypeOf<string>();
  });

  it("leaves the paging parameters to listSessions' options", () => {
    expectTypeOf<PagingNames>().not.toBeNever();
    expectTypeOf<Auth0ListParams>().not.toHaveProperty("from");
    expectTypeOf<Auth0ListParams>().not.toHaveProperty("take");
  });
});
