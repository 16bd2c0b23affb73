import { describe, expectTypeOf, it } from "vitest";
import type { OPERATIONS } from "../src/generated/operations.gen.js";
import type { OryKratosListParams, operations } from "../src/index.js";

// Everything here comes from the spec's generated types and descriptors: a query parameter added to the
// spec that does not reach listSessions' callers fails this file's type check.
type Op = (typeof OPERATIONS)["listIdentitySessions"];
type Parameters = operations["listIdentitySessions"]["parameters"];
type Query = NonNullable<Parameters["query"]>;
type Path = Parameters["path"];
/** The query parameters the pagination binding owns (`page_token`, `page_size`). */
type Paging = Extract<Op["pagination"][keyof Op["pagination"]], { readonly in: "query" }>["name"];
/** The older paging scheme's parameters, never sent (`page`, `per_page`). */
type Unused = Op["unusedPaging"][number];
type CallerQuery = Exclude<keyof Query, Paging | Unused>;

describe("ory-kratos listSessions parameters", () => {
  it("are the path parameters under their option names and every other query parameter", () => {
    expectTypeOf<keyof OryKratosListParams>().toEqualTypeOf<Op["pathOptions"][keyof Path] | CallerQuery>();
  });

  it("pass through exactly the query parameters that are not paging", () => {
    expectTypeOf<Op["passThrough"][number]>().toEqualTypeOf<CallerQuery>();
    expectTypeOf<Paging>().not.toBeNever();
  });

  it("type each query parameter as the spec does", () => {
    expectTypeOf<Pick<OryKratosListParams, CallerQuery>>().toEqualTypeOf<Pick<Query, CallerQuery>>();
  });
});
