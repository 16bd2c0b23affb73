import { describe, expectTypeOf, it } from "vitest";
import type { OPERATIONS } from "../src/generated/operations.gen.js";
import type { MonoCloudListParams, operations } from "../src/index.js";

// Everything here comes from the spec's generated types and descriptors: a query parameter added to the
// spec that does not reach listSessions' callers fails this file's type check.
type Op = (typeof OPERATIONS)["getUserSessions"];
type Parameters = operations["getUserSessions"]["parameters"];
type Query = NonNullable<Parameters["query"]>;
type Path = Parameters["path"];
/** The query parameters the pagination binding owns (`page`, `size`). */
type Paging = Extract<Op["pagination"][keyof Op["pagination"]], { readonly in: "query" }>["name"];
/** An older paging scheme's parameters, never sent (none for MonoCloud). */
type Unused = Op extends { readonly unusedPaging: readonly (infer N)[] } ? N : never;
type CallerQuery = Exclude<keyof Query, Paging | Unused>;
/** The one name kept for compatibility: `clientId`, sent as `client_id`. */
type Deprecated = "clientId";

describe("monocloud listSessions parameters", () => {
  it("are the path parameters under their option names and every other query parameter", () => {
    expectTypeOf<keyof MonoCloudListParams>().toEqualTypeOf<Op["pathOptions"][keyof Path] | CallerQuery | Deprecated>();
    expectTypeOf<keyof Op["pathOptions"]>().toEqualTypeOf<keyof Path>();
  });

  it("pass through exactly the query parameters that are not paging", () => {
    expectTypeOf<Op["passThrough"][number]>().toEqualTypeOf<CallerQuery>();
    expectTypeOf<Paging>().not.toBeNever();
    expectTypeOf<MonoCloudListParams>().not.toHaveProperty("page");
    expectTypeOf<MonoCloudListParams>().not.toHaveProperty("size");
  });

  it("type each one as the spec does", () => {
    expectTypeOf<Pick<MonoCloudListParams, CallerQuery>>().toEqualTypeOf<Pick<Query, CallerQuery>>();
    expectTypeOf<MonoCloudListParams["userId"]>().toEqualTypeOf<Path["user_id"]>();
    expectTypeOf<MonoCloudListParams[Deprecated]>().toEqualTypeOf<Query["client_id"] | undefined>();
  });
});
