import { describe, expectTypeOf, it } from "vitest";
import type { OPERATIONS } from "../src/generated/operations.gen.js";
import type { HuaweiIdentityCenterListParams, operations } from "../src/index.js";

type Operation = (typeof OPERATIONS)["listUserSessions"];
type OperationParams = operations["listUserSessions"]["parameters"];
type Path = OperationParams["path"];
/** `query?: never` when the spec has no query parameter: no keys then (keyof never would be every key). */
type KeysOf<T> = [T] extends [never] ? never : keyof T;
type Query = NonNullable<OperationParams["query"]>;

type PathOptions = Operation["pathOptions"];
/** The query parameters the generated pagination binding names (none with `style: none`). */
type QueryNamesIn<T> = T extends { in: "query"; name: infer N } ? N : never;
type PagingNames = {
  [K in keyof Operation["pagination"]]: QueryNamesIn<Operation["pagination"][K]>;
}[keyof Operation["pagination"]];
type UnusedNames = Operation extends { unusedPaging: readonly (infer N)[] } ? N : never;

describe("huawei-identitycenter listSessions parameters, enumerated from the spec", () => {
  it("takes the path parameters under their options and every other query parameter under the spec's name", () => {
    expectTypeOf<keyof HuaweiIdentityCenterListParams>().toEqualTypeOf<
      PathOptions[keyof PathOptions] | Exclude<KeysOf<Query>, PagingNames | UnusedNames>
    >();
  });

  it("types each from the generated types", () => {
    expectTypeOf<Pick<HuaweiIdentityCenterListParams, PathOptions[keyof PathOptions]>>().toEqualTypeOf<{
      -readonly [K in keyof PathOptions as PathOptions[K]]: Path[K];
    }>();
    type PassThrough = Operation["passThrough"][number];
    expectTypeOf<Pick<HuaweiIdentityCenterListParams, PassThrough>>().toEqualTypeOf<Pick<Query, PassThrough>>();
  });

  it("the generated pass-through list is every query parameter that is not a paging one", () => {
    expectTypeOf<Operation["passThrough"][number]>().toEqualTypeOf<Exclude<KeysOf<Query>, PagingNames | UnusedNames>>();
  });
});
