import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { at, compileAt, createSpecAjv, loadSpec, violations } from "./spec-validator.ts";

/**
 * The Auth0 spec against Auth0's own definitions (issue 14): the session model field for field with the
 * Management API OpenAPI document behind the SDKs (`auth0` 7.1.0 `SessionResponseContent`, go-auth0
 * v3.1.0, auth0-python 5.8.0), and every error example against what the server sends.
 */
const doc = loadSpec("auth0");
const spec = createSpecAjv("auth0", doc);
type Json = Record<string, unknown>;
const schema = (name: string) => at(doc, `#/components/schemas/${name}`) as Json;
const pointers = (pointer: string, value: unknown) => {
  const validate = compileAt(spec, pointer);
  return validate(value) ? [] : [...new Set(violations(validate.errors).map((v) => v.pointer))];
};
const page = (value: unknown) => pointers("#/components/schemas/SessionsPage", value);
const error = (value: unknown) => pointers("#/components/schemas/Error", value);
const keys = (name: string) => Object.keys(schema(name).properties as Json);

describe("auth0 session model = Auth0's SessionResponseContent", () => {
  it("has exactly Auth0's session properties, none required, extra ones allowed", () => {
    expect(keys("Session")).toEqual([
      "id",
      "user_id",
      "created_at",
      "updated_at",
      "authenticated_at",
      "idle_expires_at",
      "expires_at",
      "last_interacted_at",
      "device",
      "clients",
      "authentication",
      "cookie",
      "session_metadata",
      "actor",
    ]);
    for (const name of ["Session", "SessionDevice", "SessionClient", "SessionAuthentication", "SessionCookie"]) {
      expect(schema(name).required, name).toBeUndefined();
      expect(schema(name).additionalProperties, name).not.toBe(false);
    }
  });

  it("has Auth0's nested objects: device, client, authentication method, cookie", () => {
    expect(keys("SessionDevice")).toEqual([
      "initial_user_agent",
      "initial_ip",
      "initial_asn",
      "last_user_agent",
      "last_ip",
      "last_asn",
    ]);
    expect(keys("SessionClient")).toEqual(["client_id"]);
    expect(keys("SessionAuthentication")).toEqual(["methods"]);
    expect(keys("AuthenticationMethod")).toEqual(["name", "timestamp", "type"]);
    expect(at(doc, "#/components/schemas/SessionCookie/properties/mode/enum")).toEqual([
      "non-persistent",
      "persistent",
    ]);
  });

  it("SessionDate: a date-time string, an object or null, at every date and method timestamp", () => {
    const session = (s: Json) => page({ sessions: [s] });
    for (const value of ["2023-11-07T05:31:56Z", {}, null]) {
      expect(session({ created_at: value, authentication: { methods: [{ timestamp: value }] } })).toEqual([]);
    }
    expect(session({ expires_at: 1699334916 })).toEqual(["/sessions/0/expires_at"]);
    expect(session({ authentication: { methods: [{ timestamp: "yesterday" }] } })).toEqual([
      "/sessions/0/authentication/methods/0/timestamp",
    ]);
  });
});

describe("auth0 point 7: sessions optional, session_metadata values of any type", () => {
  it("sessions is optional (ListUserSessionsPaginatedResponseContent has no required list)", () => {
    expect(schema("SessionsPage").required).toBeUndefined();
    expect(page({})).toEqual([]);
    expect(page({ next: "" })).toEqual([]);
    expect(page({ sessions: null })).toEqual(["/sessions"]);
    expect(page({ sessions: {} })).toEqual(["/sessions"]);
  });

  it("a metadata value may be any JSON value (additionalProperties: true), up to 25 properties", () => {
    const metadata = { s: "v", n: 3, b: true, z: null, o: { k: "v" }, a: [1] };
    expect(page({ sessions: [{ session_metadata: metadata }] })).toEqual([]);
    expect(page({ sessions: [{ session_metadata: null }] })).toEqual([]);
    const many = Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`k${i}`, "v"]));
    expect(page({ sessions: [{ session_metadata: many }] })).toEqual(["/sessions/0/session_metadata"]);
    expect(page({ sessions: [{ session_metadata: "k=v" }] })).toEqual(["/sessions/0/session_metadata"]);
  });

  it("the 255-character limits of the prose are not response constraints", () => {
    const long = "x".repeat(256);
    expect(page({ sessions: [{ session_metadata: { [long]: long } }] })).toEqual([]);
  });

  it("actor: sub required, further claims a string, boolean or number (SessionActorClaimValue)", () => {
    const actor = (value: unknown) => page({ sessions: [{ actor: value }] });
    expect(actor({ sub: "auth0|agent", name: "Agent", level: 2, internal: true })).toEqual([]);
    expect(actor({ name: "Agent" })).toEqual(["/sessions/0/actor/sub"]);
    expect(actor({ sub: "auth0|agent", groups: ["a"] })).toEqual(["/sessions/0/actor/groups"]);
    expect(actor({ sub: 7 })).toEqual(["/sessions/0/actor/sub"]);
  });
});

describe("auth0 point 9: error bodies and headers as the server sends them", () => {
  const dir = new URL("../fixtures/auth0/", import.meta.url);
  const fixtures = readdirSync(dir)
    .filter((f) => f.startsWith("error-"))
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), "utf8")) as { status: number; body: Json });
  const responses = at(doc, "#/components/responses") as Record<string, { content: Json }>;
  const examples = Object.values(responses).flatMap((r) =>
    Object.values((at(r, "#/content/application~1json/examples") as Record<string, { value: Json }>) ?? {}).map(
      (e) => e.value,
    ),
  );
  const CODES: Record<number, string | undefined> = {
    400: "invalid_query_string",
    401: undefined,
    403: "insufficient_scope",
    404: "inexistent_user",
    429: "too_many_requests",
  };

  it.each([...examples, ...fixtures.map((f) => f.body)])("%j has Auth0's errorCode for its status", (body) => {
    expect(error(body)).toEqual([]);
    expect(body.errorCode).toBe(CODES[body.statusCode as number]);
  });

  it("a 401 repeats its message in attributes.error and has no errorCode", () => {
    for (const body of [...examples, ...fixtures.map((f) => f.body)].filter((b) => b.statusCode === 401)) {
      expect(body.attributes).toEqual({ error: body.message });
    }
    expect(error({ statusCode: 401, error: "Unauthorized", message: "m", attributes: { error: 5 } })).toEqual([
      "/attributes/error",
    ]);
    expect(error({ statusCode: 401, error: "Unauthorized" })).toEqual(["/message"]);
  });

  it("query validation messages read \"Query validation error: '<reason>' on property <name> (<description>).\"", () => {
    const format = /^Query validation error: '[^']+' on property \w+ \(.+\)\.$/;
    for (const body of [...examples, ...fixtures.map((f) => f.body)].filter((b) => b.statusCode === 400)) {
      expect(body.message).toMatch(format);
    }
  });

  it("Retry-After on a 429 is delay-seconds or an HTTP date", () => {
    const retryAfter = "#/components/responses/TooManyRequests/headers/Retry-After/schema";
    expect(pointers(retryAfter, 2)).toEqual([]);
    expect(pointers(retryAfter, "Tue, 07 Nov 2023 05:31:58 GMT")).toEqual([]);
    expect(pointers(retryAfter, -1)).toEqual([""]);
    for (const name of ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"]) {
      expect(pointers(`#/components/headers/${name}/schema`, "soon"), name).toEqual([""]);
    }
  });
});

describe("auth0 Differences list", () => {
  const description = String(at(doc, "#/info/description"));
  it.each([
    ["point 7, sessions", "**`sessions` is optional.**"],
    ["point 7, metadata", "**`session_metadata` values may be any JSON value.**"],
    ["the actor", "**`actor`**"],
    ["point 9", "**Error examples match the server.**"],
  ])("records %s", (_name, heading) => {
    expect(description).toContain(heading);
  });
});
