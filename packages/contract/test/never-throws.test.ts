import { describe, expect, it } from "vitest";
import {
  CONTRACT_PROVIDERS,
  findDrift,
  MAX_DEPTH,
  MAX_QUOTE,
  validateRequest,
  validateResponse,
} from "../src/index.js";

/** JSON text `depth` levels deep, parsed (V8's JSON.parse takes it; a recursive validator would not). */
const deepArray = (depth: number): unknown => JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`);
const deepObject = (depth: number): unknown => JSON.parse(`${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`);
const bearer = { authorization: "Bearer t0ken-value" };

describe("an unknown provider id (from JavaScript, past the types) is a violation, not an exception", () => {
  const expected = `one of ${CONTRACT_PROVIDERS.join(", ")}`;
  it.each<unknown>(["okta", "__proto__", "constructor", "", 5, null, undefined, {}, Symbol("auth0")])("%s", (id) => {
    const provider = id as never;
    const [response] = validateResponse(provider, { status: 200, body: {} });
    expect(response).toMatchObject({ in: "provider", pointer: "", message: "unknown provider", expected });
    const request = validateRequest(provider, { method: "GET", url: "https://t.example/users/u/sessions" });
    expect(request).toEqual([response]);
    expect(findDrift(provider, { status: 200, body: { extra: 1 } })).toEqual([]);
  });

  it("quotes the id it got", () => {
    expect(validateResponse("okta" as never, { status: 200, body: {} })[0]?.actual).toBe('"okta"');
  });
});

describe(`a body nested deeper than ${MAX_DEPTH} levels is one violation, not a stack overflow`, () => {
  it("responses: 100,000 levels of arrays or objects, at the top or inside", () => {
    for (const body of [deepArray(100_000), deepObject(100_000), { sessions: [deepObject(100_000)] }]) {
      const violations = validateResponse("auth0", { status: 200, body });
      const deep = violations.find((v) => v.message.startsWith("nested deeper"));
      expect(deep).toMatchObject({ in: "body", expected: `at most ${MAX_DEPTH} levels of arrays and objects` });
      expect(deep?.pointer.split("/")).toHaveLength(MAX_DEPTH + 1);
      expect(findDrift("auth0", { status: 200, body })).toEqual([]);
    }
  });

  it(`${MAX_DEPTH} levels are checked as usual; ${MAX_DEPTH + 1} are not`, () => {
    const at = (depth: number) =>
      validateResponse("ory-kratos", { status: 200, body: deepArray(depth) }).map((v) => v.message);
    expect(at(MAX_DEPTH)).toEqual(["must be object"]);
    expect(at(MAX_DEPTH + 1)).toEqual([`nested deeper than ${MAX_DEPTH} levels: not checked further`]);
  });

  it("JSON headers and request bodies too", () => {
    const header = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
    const [v] = validateResponse("monocloud", { status: 200, headers: { "x-pagination": header }, body: [] });
    expect(v).toMatchObject({ in: "headers", message: `nested deeper than ${MAX_DEPTH} levels: not checked further` });
    expect(v?.pointer.startsWith("/x-pagination/a/a")).toBe(true);
    const body = `{"queries":[${"[".repeat(100_000)}${"]".repeat(100_000)}]}`;
    const request = { method: "POST", url: "https://z.example/v2/sessions/search", headers: bearer, body };
    expect(validateRequest("zitadel", request).map((x) => [x.in, x.message])).toEqual([
      ["body", `nested deeper than ${MAX_DEPTH} levels: not checked further`],
    ]);
  });
});

describe("whatever a JavaScript caller passes, the validators return violations", () => {
  it("requests: a URL that does not parse, a method named constructor, a body that is not text", () => {
    const bad = validateRequest("auth0", { method: "GET", url: "not a url", headers: bearer });
    expect(bad).toEqual([
      { in: "path", pointer: "", message: "URL is not valid", expected: "an absolute URL", actual: '"not a url"' },
    ]);
    const url = "https://t.auth0.com/api/v2/users/u/sessions";
    expect(validateRequest("auth0", { method: "constructor", url, headers: bearer })[0]?.message).toBe(
      "no operation matches",
    );
    expect(validateRequest("auth0", { method: "GET", url, headers: bearer, body: 5 as never })).toEqual([]);
  });

  it("responses: no response at all, a status named __proto__, header values that are not text", () => {
    expect(validateResponse("auth0", null as never)[0]?.message).toMatch(/^could not be checked \(TypeError: /);
    expect(validateResponse("auth0", { status: "__proto__" as never, body: {} })[0]).toMatchObject({
      in: "status",
      actual: '"__proto__"',
    });
    const headers = { "x-pagination": 5, "content-type": ["application/json"] } as never;
    expect(validateResponse("monocloud", { status: 200, headers, body: [] })).toEqual([
      expect.objectContaining({ in: "headers", pointer: "/x-pagination", message: "must be object" }),
    ]);
  });

  it("a cyclic body is as deep as it gets: reported, not walked forever", () => {
    const session: Record<string, unknown> = { id: "s" };
    session.self = session;
    const [v] = validateResponse("auth0", { status: 200, body: { sessions: [session] } });
    expect(v?.message).toBe(`nested deeper than ${MAX_DEPTH} levels: not checked further`);
    expect(v?.pointer.startsWith("/sessions/0/self/self")).toBe(true);
  });

  it("a body whose getter throws is reported, not rethrown", () => {
    const body = {
      get sessions(): unknown {
        throw new RangeError("boom");
      },
    };
    expect(validateResponse("auth0", { status: 200, body })).toEqual([
      {
        in: "body",
        pointer: "",
        message: "could not be checked (RangeError: boom)",
        expected: "a request or response the validator can read",
        actual: "unreadable",
      },
    ]);
  });
});

describe("quoted values are bounded", () => {
  it(`a 10 MB string is quoted by its first ${MAX_QUOTE} characters, a huge array likewise`, () => {
    const huge = "x".repeat(10 * 1024 * 1024);
    const [v] = validateResponse("auth0", { status: 200, body: { sessions: [{ id: 5, device: huge }] } }).filter(
      (x) => x.pointer === "/sessions/0/device",
    );
    expect(v?.actual).toBe(`"${"x".repeat(MAX_QUOTE - 1)}…`);
    const many = Array.from({ length: 1_000_000 }, () => 1);
    const [w] = validateResponse("auth0", { status: 200, body: { sessions: [], next: many } });
    expect(w?.actual.length).toBe(MAX_QUOTE + 1);
    expect(w?.actual.startsWith("[1,1,1")).toBe(true);
  });
});
