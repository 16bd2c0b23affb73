import { describe, expect, it } from "vitest";
import { type ContractMatchers, contractMatchers, MAX_VIOLATIONS, validateResponse } from "../src/index.js";

expect.extend(contractMatchers);
declare module "vitest" {
  interface Assertion<T> extends ContractMatchers<T> {}
}

const session = { session_id: "S1", client_ids: [], initiated_at: 1, expires_at: 2, last_updated: 1 };

describe("validateResponse", () => {
  it("reports every violation with in, pointer, expected and actual", () => {
    const violations = validateResponse("monocloud", {
      status: 200,
      headers: { "content-type": "application/json", "x-pagination": '{"has_next":"yes"}' },
      body: [{ ...session, initiated_at: "1" }, { client_ids: [] }],
    });
    expect(violations).toEqual(
      expect.arrayContaining([
        {
          in: "headers",
          pointer: "/x-pagination/has_next",
          message: "must be boolean",
          expected: "boolean",
          actual: '"yes"',
        },
        { in: "body", pointer: "/0/initiated_at", message: "must be integer", expected: "integer", actual: '"1"' },
        {
          in: "body",
          pointer: "/1/session_id",
          message: "must have required property 'session_id'",
          expected: "property session_id",
          actual: "nothing",
        },
      ]),
    );
  });

  it("requires documented required headers and checks header types", () => {
    expect(validateResponse("monocloud", { status: 200, headers: {}, body: [] })).toEqual([
      {
        in: "headers",
        pointer: "/x-pagination",
        message: "required header is missing",
        expected: "x-pagination",
        actual: "nothing",
      },
    ]);
    expect(
      validateResponse("ory-kratos", { status: 200, headers: { "x-total-count": "many" }, body: [] })[0],
    ).toMatchObject({
      in: "headers",
      pointer: "/x-total-count",
    });
  });

  it("refuses an undocumented status and an undocumented media type", () => {
    expect(validateResponse("auth0", { status: 418, body: {} })[0]).toMatchObject({
      in: "status",
      expected: "one of 200, 400, 401, 403, 404, 429",
      actual: "418",
    });
    expect(
      validateResponse("monocloud", { status: 404, headers: { "content-type": "text/html" }, body: "<html>" })[0],
    ).toMatchObject({
      in: "headers",
      pointer: "/content-type",
    });
  });

  it("closed enums stay closed; open ones accept new values", () => {
    const page = (mode: string, name: string) => ({
      status: 200,
      body: { sessions: [{ cookie: { mode }, authentication: { methods: [{ name }] } }] },
    });
    expect(validateResponse("auth0", page("persistent", "brand-new-method"))).toEqual([]);
    expect(validateResponse("auth0", page("forever", "pwd")).map((v) => v.pointer)).toEqual([
      "/sessions/0/cookie/mode",
    ]);
  });

  it("works as a vitest matcher", () => {
    expect({ status: 200, headers: { "x-pagination": '{"has_next":false}' }, body: [session] }).toMatchSpec(
      "monocloud",
    );
    expect(() => expect({ status: 200, body: { sessions: "x" } }).toMatchSpec("auth0")).toThrow(
      /body \/sessions: must be array/,
    );
  });
});

describe("a body with thousands of wrong items", () => {
  const headers = { "content-type": "application/json", "x-pagination": '{"has_next":false}' };

  it(`lists at most ${MAX_VIOLATIONS} violations and counts the rest in one more`, () => {
    const body = Array.from({ length: 5000 }, (_, i) => ({ ...session, session_id: `S${i}`, initiated_at: "x" }));
    const violations = validateResponse("monocloud", { status: 200, headers, body });
    expect(violations).toHaveLength(MAX_VIOLATIONS + 1);
    expect(violations[0]?.pointer).toBe("/0/initiated_at");
    expect(violations[MAX_VIOLATIONS - 1]?.pointer).toBe(`/${MAX_VIOLATIONS - 1}/initiated_at`);
    expect(violations[MAX_VIOLATIONS]).toMatchObject({
      in: "body",
      pointer: "",
      message: `${5000 - MAX_VIOLATIONS} more violation(s) not listed (at most ${MAX_VIOLATIONS} are)`,
    });
  });

  it("reports exactly the violations there are when they fit", () => {
    const body = Array.from({ length: 3 }, (_, i) => ({ ...session, session_id: `S${i}`, initiated_at: "x" }));
    const violations = validateResponse("monocloud", { status: 200, headers, body });
    expect(violations.map((v) => v.pointer)).toEqual(["/0/initiated_at", "/1/initiated_at", "/2/initiated_at"]);
  });
});
