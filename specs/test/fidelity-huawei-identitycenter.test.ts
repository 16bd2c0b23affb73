import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { at, compileAt, createSpecAjv, loadSpec, violations } from "./spec-validator.ts";

/**
 * The Huawei spec against the official SDKs (issue 14): the session model field for field with the
 * identitycenterstore models, and the error bodies with every field the SDKs' error handling reads.
 */
const doc = loadSpec("huawei-identitycenter");
const spec = createSpecAjv("huawei-identitycenter", doc);
const schema = (name: string) => compileAt(spec, `#/components/schemas/${name}`);
const pointers = (name: string, value: unknown) => {
  const validate = schema(name);
  return validate(value) ? [] : violations(validate.errors).map((v) => v.pointer);
};

type Json = Record<string, unknown>;
const EAM = "Egpjbi1ub3J0aC00EhBleGFtcGxlLWRlbmllZBoEMTIzNA==";
const flat: Json = { error_code: "IIC.1000", error_msg: "No permission for action ListSessions.", request_id: "r1" };
const nested: Json = { error: { code: "IIC.1000", message: "No permission for action ListSessions." } };

describe("huawei-identitycenter session model = the SDKs' UserSessionDto / ListSessionsResponse", () => {
  const session = at(doc, "#/components/schemas/UserSession") as Json;
  const list = at(doc, "#/components/schemas/ListUserSessionsResponse") as Json;

  it("has exactly the SDK model's six fields, the four plain (non-pointer) Go fields required", () => {
    // Go model_user_session_dto.go: CreationTime int64, SessionId string, SessionNotValidAfter int64,
    // UserId string; IpAddress and UserAgent are *string with omitempty.
    expect(Object.keys(session.properties as Json).sort()).toEqual([
      "creation_time",
      "ip_address",
      "session_id",
      "session_not_valid_after",
      "user_agent",
      "user_id",
    ]);
    expect([...(session.required as string[])].sort()).toEqual([
      "creation_time",
      "session_id",
      "session_not_valid_after",
      "user_id",
    ]);
    expect(at(session, "#/properties/creation_time")).toMatchObject({ type: "integer", format: "int64" });
    expect(at(session, "#/properties/session_not_valid_after")).toMatchObject({ type: "integer", format: "int64" });
  });

  it("has session_list as its only, optional field (SessionList *[]UserSessionDto, omitempty)", () => {
    expect(Object.keys(list.properties as Json)).toEqual(["session_list"]);
    expect(list.required).toBeUndefined();
  });

  it("takes no query parameters: ListSessionsRequest has two path fields and the X-Security-Token header", () => {
    const op = at(doc, "#/paths/~1v1~1identity-stores~1{identity_store_id}~1users~1{user_id}~1sessions/get") as Json;
    expect((op.parameters as Json[]).map((p) => `${p.in}:${p.name}`)).toEqual([
      "path:identity_store_id",
      "path:user_id",
    ]);
    expect(at(doc, "#/components/securitySchemes/securityToken")).toMatchObject({
      in: "header",
      name: "X-Security-Token",
    });
  });
});

describe("huawei-identitycenter error bodies = what the SDKs read", () => {
  const dir = new URL("../fixtures/huawei-identitycenter/", import.meta.url);
  const errorFixtures = readdirSync(dir).filter((f) => f.startsWith("error-"));

  it.each(errorFixtures)("fixture %s is a valid ErrorResponse", (file) => {
    const { body } = JSON.parse(readFileSync(new URL(file, dir), "utf8")) as { body: unknown };
    expect(pointers("ErrorResponse", body)).toEqual([]);
  });

  it.each<[string, string, Json]>([
    ["flat, encoded_authorization_message", "FlatError", { ...flat, encoded_authorization_message: EAM }],
    ["flat, encoded_authorization_message null", "FlatError", { ...flat, encoded_authorization_message: null }],
    [
      "flat, details in both spellings",
      "FlatError",
      {
        ...flat,
        details: [
          { code: "C", message: "m" },
          { error_code: "E", error_msg: "m", encoded_authorization_message: EAM },
        ],
      },
    ],
    [
      "nested, encoded_authorization_message",
      "NestedError",
      { error: { code: "C", message: "m", encoded_authorization_message: EAM } },
    ],
    ["nested, details", "NestedError", { error: { code: "C", message: "m", details: [{ code: "D", message: "n" }] } }],
    ["details entry with no field at all", "ErrorDetail", {}],
  ])("valid: %s", (_name, name, value) => {
    expect(pointers(name, value)).toEqual([]);
    if (name !== "ErrorDetail") expect(pointers("ErrorResponse", value)).toEqual([]);
  });

  it.each<[string, string, Json, string]>([
    ["flat, error_msg missing", "FlatError", { error_code: "IIC.1000" }, "/error_msg"],
    ["flat, error_code a number", "FlatError", { ...flat, error_code: 1000 }, "/error_code"],
    ["flat, request_id a number", "FlatError", { ...flat, request_id: 7 }, "/request_id"],
    [
      "flat, encoded_authorization_message a number",
      "FlatError",
      { ...flat, encoded_authorization_message: 42 },
      "/encoded_authorization_message",
    ],
    ["flat, details an object", "FlatError", { ...flat, details: { code: "C" } }, "/details"],
    ["flat, details entry code a number", "FlatError", { ...flat, details: [{ code: 7 }] }, "/details/0/code"],
    [
      "flat, details entry encoded_authorization_message a boolean",
      "FlatError",
      { ...flat, details: [{}, { encoded_authorization_message: true }] },
      "/details/1/encoded_authorization_message",
    ],
    ["nested, message missing", "NestedError", { error: { code: "IIC.1000" } }, "/error/message"],
    ["nested, error a string", "NestedError", { error: "IIC.1000" }, "/error"],
    [
      "nested, encoded_authorization_message a number",
      "NestedError",
      { error: { ...(nested.error as Json), encoded_authorization_message: 42 } },
      "/error/encoded_authorization_message",
    ],
    [
      "nested, details a string",
      "NestedError",
      { error: { ...(nested.error as Json), details: "x" } },
      "/error/details",
    ],
  ])("invalid: %s, at %s", (_name, name, value, pointer) => {
    expect(pointers(name, value)).toContain(pointer);
    // The anyOf refuses it too, and names the same place among its branches' errors.
    expect(pointers("ErrorResponse", value)).toContain(pointer);
  });
});

describe("huawei-identitycenter batch delete = the SDKs' BatchDeleteSessions", () => {
  const path = "/v1/identity-stores/{identity_store_id}/users/{user_id}/sessions/batch-delete";
  const op = at(doc, `#/paths/${path.replace(/\//g, "~1")}/post`) as Json;
  const ok = { session_ids: ["ea70c04b-d510-41c7-b0d1-51d56a3c9e21"] };

  it("is the second path, after the listing, and the only revoking operation", () => {
    expect(Object.keys(doc.paths as Json)).toEqual([
      "/v1/identity-stores/{identity_store_id}/users/{user_id}/sessions",
      path,
    ]);
    expect(op).toMatchObject({
      operationId: "batchDeleteSessions",
      "x-idp-sessions": { role: "revoke", retry: { safe: true }, pagination: { style: "none" } },
    });
    expect(op["x-idp-sessions"]).not.toHaveProperty("items");
  });

  it("takes the listing's two path parameters, no query, and a required JSON body of session_ids", () => {
    // BatchDeleteSessionsRequest: IdentityStoreId, UserId (path), Body *BatchDeleteSessionsReqBody; no query.
    expect((op.parameters as Json[]).map((p) => `${p.in}:${p.name}`)).toEqual([
      "path:identity_store_id",
      "path:user_id",
    ]);
    expect(op.requestBody).toMatchObject({ required: true, content: { "application/json": {} } });
    const body = at(doc, "#/components/schemas/BatchDeleteSessionsRequest") as Json;
    // Go model_batch_delete_sessions_req_body.go: `SessionIds []string` (no pointer, no omitempty).
    expect(Object.keys(body.properties as Json)).toEqual(["session_ids"]);
    expect(body.required).toEqual(["session_ids"]);
    // No maximum is documented anywhere (Differences 9).
    expect(at(body, "#/properties/session_ids/maxItems")).toBeUndefined();
  });

  it("answers 200 without a body (the SDKs' empty BatchDeleteSessionsResponse)", () => {
    const success = at(op, "#/responses/200") as Json;
    expect(success.content).toBeUndefined();
    expect(Object.keys(success.headers as Json)).toEqual(["X-Request-Id"]);
  });

  it.each<[string, unknown]>([
    ["the page's example, one id", ok],
    ["several ids (revoke-all after a listing)", { session_ids: ["a", "b", "c"] }],
  ])("valid request body: %s", (_name, value) => {
    expect(pointers("BatchDeleteSessionsRequest", value)).toEqual([]);
  });

  it.each<[string, string, unknown]>([
    ["session_ids missing (what the Node SDK sends without a body: {})", "/session_ids", {}],
    ["session_ids a string", "/session_ids", { session_ids: "ea70c04b" }],
    ["session_ids empty", "/session_ids", { session_ids: [] }],
    ["an id a number", "/session_ids/1", { session_ids: ["a", 7] }],
    ["an id empty", "/session_ids/0", { session_ids: [""] }],
    ["the body an array", "", ["a"]],
  ])("invalid request body: %s, at %s", (_name, pointer, value) => {
    expect(pointers("BatchDeleteSessionsRequest", value)).toContain(pointer);
  });

  it.each<[string, string, string, Json]>([
    [
      "403 without error_msg",
      "403",
      "/error_msg",
      { error_code: "IIC.1000", request_id: "r", encoded_authorization_message: EAM },
    ],
    [
      "403, encoded_authorization_message a number",
      "403",
      "/encoded_authorization_message",
      { ...flat, encoded_authorization_message: 1 },
    ],
    [
      "400, error_code a number",
      "400",
      "/error_code",
      { error_code: 400, error_msg: "Bad Request: session_ids is invalid." },
    ],
  ])("invalid error body of the batch delete: %s (status %s), at %s", (_name, status, pointer, value) => {
    const validate = compileAt(
      spec,
      `#/paths/${path.replace(/\//g, "~1")}/post/responses/${status}/content/application~1json/schema`,
    );
    expect(validate(value)).toBe(false);
    expect(violations(validate.errors).map((v) => v.pointer)).toContain(pointer);
  });
});
