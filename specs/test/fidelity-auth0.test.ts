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
  // The error responses' examples (the 202's `{}` is not an error body).
  const examples = Object.values(responses)
    .filter((r) => at(r, "#/content/application~1json/schema/$ref") === "#/components/schemas/Error")
    .flatMap((r) =>
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
  /** The session operations' two other forms (point 16): a path validation error, and a missing session, whose code is unknown. */
  const codeOf = (body: Json) => {
    if (body.statusCode === 400 && String(body.message).startsWith("Path validation error:")) return "invalid_uri";
    if (body.statusCode === 404 && body.message === "The session does not exist.") return undefined;
    return CODES[body.statusCode as number];
  };

  it.each([...examples, ...fixtures.map((f) => f.body)])("%j has Auth0's errorCode for its status", (body) => {
    expect(error(body)).toEqual([]);
    expect(body.errorCode).toBe(codeOf(body));
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

  it("validation messages read \"Query|Path validation error: '<reason>' on property <name> (<description>).\"", () => {
    const format = /^(Query|Path) validation error: '[^']+' on property \w+ \(.+\)\.$/;
    const bodies = [...examples, ...fixtures.map((f) => f.body)].filter((b) => b.statusCode === 400);
    expect([...new Set(bodies.map((b) => b.errorCode))].sort()).toEqual(["invalid_query_string", "invalid_uri"]);
    for (const body of bodies) {
      expect(body.message).toMatch(format);
      expect(String(body.message).startsWith("Query")).toBe(body.errorCode === "invalid_query_string");
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
    ["delete vs revoke", "**Delete keeps refresh tokens; revoke does not.**"],
    ["revoke's scopes", "**Revoke needs two scopes.**"],
    ["the 202 body", "**A 202 has the body `{}`.**"],
    ["deleting a missing session", "**Deleting a missing session is not an error.**"],
    ["asynchronous deletion", "**202 means accepted, not done.**"],
    ["the new error examples", "**Error examples of the new operations.**"],
    ["the session ID bound", "**Only revoke bounds the session ID.**"],
  ])("records %s", (_name, heading) => {
    expect(description).toContain(heading);
  });
});

describe("auth0 session operations (issue 16): get, delete, revoke, delete all", () => {
  type Operation = { operationId: string; responses: Record<string, { $ref?: string }>; [k: string]: unknown };
  const paths = doc.paths as Record<string, Record<string, Operation>>;
  const op = (path: string, method: string) => paths[path]?.[method] as Operation;
  const responseSchema = (path: string, method: string, status: string) => {
    const escaped = path.replace(/~/g, "~0").replace(/\//g, "~1");
    const ref = op(path, method).responses[status]?.$ref;
    return ref
      ? `${ref}/content/application~1json/schema`
      : `#/paths/${escaped}/${method}/responses/${status}/content/application~1json/schema`;
  };
  const body = (path: string, method: string, status: string, value: unknown) =>
    pointers(responseSchema(path, method, status), value);

  it("keeps the listing the first path and the first operation of its path item", () => {
    expect(Object.keys(paths)[0]).toBe("/users/{user_id}/sessions");
    expect(Object.keys(paths["/users/{user_id}/sessions"] ?? {})).toEqual(["get", "delete"]);
  });

  it("has Auth0's operations, each with its role, and every status of Auth0's OpenAPI document", () => {
    const table = [
      ["/users/{user_id}/sessions", "get", "getUserSessions", "list", ["200", "400", "401", "403", "404", "429"]],
      [
        "/users/{user_id}/sessions",
        "delete",
        "deleteUserSessions",
        "revokeAll",
        ["202", "400", "401", "403", "404", "429"],
      ],
      ["/sessions/{id}", "get", "getSession", "get", ["200", "401", "403", "404", "429"]],
      ["/sessions/{id}", "delete", "deleteSession", "revoke", ["202", "400", "401", "403", "429"]],
      ["/sessions/{id}/revoke", "post", "revokeSession", "revoke", ["202", "400", "401", "403", "404", "429"]],
    ] as const;
    for (const [path, method, operationId, role, statuses] of table) {
      const operation = op(path, method);
      const ext = operation["x-idp-sessions"] as Json;
      expect(operation.operationId).toBe(operationId);
      expect(ext.role, operationId).toBe(role);
      expect((ext.retry as Json).safe, operationId).toBe(true);
      expect(Object.keys(operation.responses), operationId).toEqual(statuses);
      if (role !== "list") expect(ext.pagination, operationId).toEqual({ style: "none" });
    }
    expect(op("/sessions/{id}", "get")["x-idp-sessions"]).toMatchObject({ session: "$response.body", id: "/id" });
    expect(Object.keys(paths)).toHaveLength(3);
  });

  it("a 202 body is an object (Auth0 sends {}); go-auth0 v3's empty wiremock stub body is not one", () => {
    for (const [path, method] of [
      ["/users/{user_id}/sessions", "delete"],
      ["/sessions/{id}", "delete"],
      ["/sessions/{id}/revoke", "post"],
    ] as const) {
      expect(body(path, method, "202", {})).toEqual([]);
      expect(body(path, method, "202", "")).toEqual([""]);
      expect(body(path, method, "202", null)).toEqual([""]);
    }
  });

  it("GET /sessions/{id} answers one session (Auth0's GetSessionResponseContent = the listing's session)", () => {
    const get = (value: unknown) => body("/sessions/{id}", "get", "200", value);
    expect(get({ id: "ses_1", user_id: "auth0|1", expires_at: {}, actor: { sub: "auth0|agent" } })).toEqual([]);
    expect(get({})).toEqual([]);
    expect(get({ id: 5 })).toEqual(["/id"]);
    expect(get({ device: { initial_ip: 7 } })).toEqual(["/device/initial_ip"]);
    expect(get({ cookie: { mode: "forever" } })).toEqual(["/cookie/mode"]);
    expect(get([{ id: "ses_1" }])).toEqual([""]);
  });

  it.each([
    ["/sessions/{id}", "get", "404"],
    ["/sessions/{id}/revoke", "post", "404"],
    ["/sessions/{id}", "delete", "400"],
    ["/sessions/{id}/revoke", "post", "403"],
    ["/users/{user_id}/sessions", "delete", "403"],
    ["/users/{user_id}/sessions", "delete", "404"],
  ] as const)("%s %s %s is Auth0's error body", (path, method, status) => {
    const statusCode = Number(status);
    expect(body(path, method, status, { statusCode, error: "E", message: "m" })).toEqual([]);
    expect(body(path, method, status, { statusCode, error: "E", message: "m", errorCode: "c" })).toEqual([]);
    expect(body(path, method, status, { statusCode, error: "E" })).toEqual(["/message"]);
    expect(body(path, method, status, { statusCode, error: "E", message: "m", errorCode: 404 })).toEqual([
      "/errorCode",
    ]);
    expect(body(path, method, status, { statusCode: String(statusCode), error: "E", message: "m" })).toEqual([
      "/statusCode",
    ]);
  });

  it("a missing session is 404 on get and revoke (already gone), and not a status of delete", () => {
    expect(op("/sessions/{id}", "get").responses["404"]?.$ref).toBe("#/components/responses/SessionNotFound");
    expect(op("/sessions/{id}/revoke", "post").responses["404"]?.$ref).toBe("#/components/responses/SessionNotFound");
    expect(op("/sessions/{id}", "delete").responses["404"]).toBeUndefined();
    // The bulk delete's 404 is the unknown user.
    expect(op("/users/{user_id}/sessions", "delete").responses["404"]?.$ref).toBe("#/components/responses/NotFound");
  });

  it("only revoke bounds the session ID (maxLength 50); every session ID is the sessionId option", () => {
    const revokeId = "#/paths/~1sessions~1{id}~1revoke/post/parameters/0/schema";
    expect(pointers(revokeId, "x".repeat(50))).toEqual([]);
    expect(pointers(revokeId, "x".repeat(51))).toEqual([""]);
    expect(pointers(revokeId, "")).toEqual([""]);
    expect(pointers("#/components/parameters/SessionId/schema", "x".repeat(51))).toEqual([]);
    expect(pointers("#/components/parameters/SessionId/schema", "")).toEqual([""]);
    expect(at(doc, "#/paths/~1sessions~1{id}~1revoke/post/parameters/0/x-idp-sessions")).toEqual({
      option: "sessionId",
    });
    expect(at(doc, "#/components/parameters/SessionId/x-idp-sessions")).toEqual({ option: "sessionId" });
    expect(at(doc, "#/paths/~1users~1{user_id}~1sessions/delete/parameters/0/x-idp-sessions")).toEqual({
      option: "userId",
    });
  });

  it("the 403 of the writes names the delete scope; the read's names read:sessions", () => {
    const message = (name: string) =>
      at(doc, `#/components/responses/${name}/content/application~1json/examples/insufficientScope/value/message`);
    expect(message("ForbiddenDelete")).toBe("Insufficient scope, expected any of: delete:sessions");
    expect(message("Forbidden")).toBe("Insufficient scope, expected any of: read:sessions");
    expect(op("/sessions/{id}", "get").responses["403"]?.$ref).toBe("#/components/responses/Forbidden");
  });
});
