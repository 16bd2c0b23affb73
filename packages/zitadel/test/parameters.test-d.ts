import { describe, expectTypeOf, it } from "vitest";
import type { OPERATIONS } from "../src/generated/operations.gen.js";
import type { operations, ZitadelListParams, ZitadelListSessionsRequest } from "../src/index.js";

/**
 * The spec's parameters of listSessions, enumerated: a query or path parameter, or a property of the
 * hand-written search body, added to the spec without reaching callers fails this type check.
 */
type Operation = typeof OPERATIONS.listSessions;
type Paging = Operation["pagination"];
type Query = NonNullable<operations["listSessions"]["parameters"]["query"]>;
// `keyof never` is every key: the spec declares no query parameter today.
type QueryNames = [Query] extends [never] ? never : keyof Query;
type PagingQueryNames = Extract<Paging[keyof Paging], { in: "query" }>["name"];
type PathOptionNames = Operation["pathOptions"][keyof Operation["pathOptions"]];
type PassThroughNames = Operation["passThrough"][number];

type Body = ZitadelListSessionsRequest;
type ListQuery = NonNullable<Body["query"]>;

describe("zitadel listSessions parameters, from the spec", () => {
  it("takes every query parameter but the paging ones, under the spec's names and types", () => {
    expectTypeOf<PassThroughNames>().toEqualTypeOf<Exclude<QueryNames, PagingQueryNames>>();
    expectTypeOf<Pick<ZitadelListParams, PassThroughNames>>().toEqualTypeOf<Pick<Query, PassThroughNames>>();
    // Besides them: the path parameters under their option names, and the search's own parameters.
    expectTypeOf<keyof ZitadelListParams>().toEqualTypeOf<
      PathOptionNames | Exclude<QueryNames, PagingQueryNames> | "userId" | "queries" | "ascending"
    >();
  });

  it("writes the body's offset and limit where the pagination bindings put them", () => {
    expectTypeOf<Paging["offset"]["path"]>().toEqualTypeOf<readonly ["query", "offset"]>();
    expectTypeOf<Paging["pageSize"]["path"]>().toEqualTypeOf<readonly ["query", "limit"]>();
  });

  it("sets every property of the search body itself, or lets callers reach it", () => {
    // Set by the listing: the paging object and the sort column. Reached by callers: `queries`.
    expectTypeOf<keyof Body>().toEqualTypeOf<Paging["offset"]["path"][0] | "sortingColumn" | "queries">();
    expectTypeOf<NonNullable<ZitadelListParams["queries"]>>().toEqualTypeOf<Readonly<NonNullable<Body["queries"]>>>();
    // In the paging object: offset and limit from the bindings, and `asc`, which callers set as `ascending`.
    expectTypeOf<keyof ListQuery>().toEqualTypeOf<
      Paging["offset"]["path"][1] | Paging["pageSize"]["path"][1] | "asc"
    >();
    expectTypeOf<NonNullable<ZitadelListParams["ascending"]>>().toEqualTypeOf<NonNullable<ListQuery["asc"]>>();
  });
});
