import { describe, expectTypeOf, it } from "vitest";
import type { SERVERS } from "../src/generated/operations.gen.js";
import {
  createMonoCloudClient,
  listSessions,
  type MonoCloudClientOptions,
  type MonoCloudIdentityError,
  type MonoCloudListQuery,
  type MonoCloudSession,
  type MonoCloudValidationProblem,
  type SessionList,
} from "../src/index.js";

describe("monocloud types", () => {
  const client = createMonoCloudClient({ domain: "d.monocloud.com", apiKey: "k" });

  it("lists raw sessions typed from the spec", () => {
    expectTypeOf(listSessions(client, { userId: "u" })).toEqualTypeOf<SessionList<MonoCloudSession>>();
    expectTypeOf<MonoCloudSession["initiated_at"]>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<MonoCloudSession["last_metadata"]>["latitude"]>().toEqualTypeOf<
      string | null | undefined
    >();
  });

  it("types a 422 body as either form, told apart by type", () => {
    type Form<T extends MonoCloudValidationProblem["type"]> = Extract<MonoCloudValidationProblem, { type: T }>;
    expectTypeOf<Form<"https://httpstatuses.io/422#identity-validation-error">["errors"]>().toEqualTypeOf<
      MonoCloudIdentityError[]
    >();
    expectTypeOf<Form<"https://httpstatuses.io/422#validation-error">["errors"]>().toEqualTypeOf<{
      [key: string]: string[];
    }>();
  });

  it("sends the client filter as client_id, the name the service reads", () => {
    expectTypeOf<MonoCloudListQuery>().toHaveProperty("client_id");
    expectTypeOf<MonoCloudListQuery>().not.toHaveProperty("clientId");
  });

  it("has an option for every variable of the spec's servers", () => {
    type ValuesOf<T> = T extends unknown ? T[keyof T] : never;
    type ServerOption = Extract<ValuesOf<(typeof SERVERS)[number]["variables"]>, string>;
    expectTypeOf<ServerOption>().not.toBeNever();
    expectTypeOf<ServerOption>().toExtend<keyof MonoCloudClientOptions>();
  });

  it("rejects wrong parameter names and types", () => {
    // @ts-expect-error the parameter is userId
    listSessions(client, { user_id: "u" });
    // @ts-expect-error sort is a string, as in the spec
    listSessions(client, { userId: "u", sort: 1 });
    // @ts-expect-error paging is listSessions' own: size is the pageSize option
    listSessions(client, { userId: "u", size: 5 });
    // @ts-expect-error MonoCloud takes an apiKey, not a token
    createMonoCloudClient({ domain: "d.monocloud.com", token: "t" });
  });
});
