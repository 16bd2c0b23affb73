import { ResponseValidationError } from "@idp-sessions/core";
import { createMonoCloudClient, listSessions } from "@idp-sessions/monocloud";
import { json, observedFetch } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import { listNormalizedSessions, normalizeSession, PROVIDER_IDS, type RawSessions } from "../src/index.js";
import { deeplyNested, HUGE_STRING } from "./hostile-values.js";

type Provider = keyof RawSessions;
const UUID = "6f1c1f70-0d5a-4d1f-9a0b-2e6f6b1c2d3e";
const KRATOS = {
  id: UUID,
  active: true,
  authenticated_at: "2025-01-01T00:00:00Z",
  expires_at: "2025-01-02T00:00:00Z",
  issued_at: "2025-01-01T00:00:00Z",
  authenticator_assurance_level: "aal1",
  authentication_methods: [],
  devices: [],
  identity: { id: UUID, schema_id: "default", schema_url: "", traits: {} },
};

/** The error normalizing `raw` throws (fails when it does not throw one). */
function refusal(provider: Provider, raw: unknown): ResponseValidationError {
  try {
    normalizeSession(provider, raw as RawSessions[Provider]);
  } catch (error) {
    if (error instanceof ResponseValidationError) return error;
    throw error;
  }
  throw new Error("expected a ResponseValidationError");
}

describe("a spec-invalid session is refused with the provider, the operation and a JSON pointer", () => {
  it.each(PROVIDER_IDS)("%s: null, an array or a number instead of the session", (provider) => {
    for (const raw of [null, [], 5, "session", undefined]) {
      expect(refusal(provider, raw)).toMatchObject({ provider, operation: "normalizeSession", pointer: "" });
    }
  });

  it.each([
    ["auth0", { device: null }, "/device", "expected object, got null"],
    [
      "huawei-identitycenter",
      { session_id: 5, user_id: "u", creation_time: 1, session_not_valid_after: 2 },
      "/session_id",
      "expected string, got number",
    ],
    ["zitadel", { factors: [] }, "/factors", "expected object, got array"],
    ["zitadel", { factors: { user: { id: ["u"] } } }, "/factors/user/id", "expected string, got array"],
    [
      "monocloud",
      { session_id: "s", client_ids: [1], initiated_at: 1, expires_at: 2, last_updated: 1 },
      "/client_ids/0",
      "expected string, got number",
    ],
    [
      "monocloud",
      { session_id: "s", client_ids: [], initiated_at: 1.5, expires_at: 2, last_updated: 1 },
      "/initiated_at",
      "expected integer, got number",
    ],
    ["ory-kratos", { ...KRATOS, identity: undefined }, "/identity", "expected object or null, got nothing"],
    [
      "ory-kratos",
      { ...KRATOS, devices: [{ id: "d1" }] },
      "/devices/0/id",
      "expected string (uuid), got string (length 2)",
    ],
    [
      "ory-kratos",
      { ...KRATOS, authenticator_assurance_level: "aal9" },
      "/authenticator_assurance_level",
      "expected one of aal0, aal1, aal2, aal3, got string (length 4)",
    ],
  ] as const)("%s %j: %s", (provider, raw, pointer, message) => {
    const error = refusal(provider, raw);
    expect(error.pointer).toBe(pointer);
    expect(error.message).toBe(
      `${provider} normalizeSession: response does not match the spec at ${pointer}: ${message}`,
    );
  });

  it("an invalid date is refused, not read as null (a garbled ZITADEL expiry would read as active)", () => {
    for (const bad of ["2024-02-30T00:00:00Z", "2024-01-01", "yesterday", "2024-01-01T00:00:00"]) {
      expect(refusal("zitadel", { expirationDate: bad }).pointer).toBe("/expirationDate");
      expect(refusal("ory-kratos", { ...KRATOS, expires_at: bad }).pointer).toBe("/expires_at");
      expect(refusal("auth0", { authentication: { methods: [{ timestamp: bad }] } }).pointer).toBe(
        "/authentication/methods/0/timestamp",
      );
    }
  });

  it("a metadata key is never quoted: the server chooses it and could echo a credential into it", () => {
    const token = "eyJhbGciOiJSUzI1NiJ9.a-credential-the-server-echoed-back-as-a-key";
    // Auth0 accepts any value type (its schema says so) but not a 26th key; ZITADEL wants base64 strings.
    const auth0 = Object.fromEntries([[token, 0], ...Array.from({ length: 25 }, (_, i) => [`k${i}`, "v"])]);
    for (const [provider, field, metadata] of [
      ["auth0", "session_metadata", auth0],
      ["zitadel", "metadata", { [token]: 0 }],
    ] as const) {
      const error = refusal(provider, { [field]: metadata });
      expect(error.pointer).toBe(`/${field}`);
      expect(JSON.stringify(error)).not.toContain("credential-the-server-echoed");
      expect(error.message).not.toContain("credential-the-server-echoed");
    }
  });

  it("deeply nested metadata is never walked; more than 25 Auth0 metadata keys are refused", () => {
    const deep = deeplyNested(100_000);
    // Auth0 metadata values may be any JSON: a nested one stays in `raw`, out of the normalized metadata.
    expect(normalizeSession("auth0", { session_metadata: { a: "x", b: deep } }).metadata).toEqual({ a: "x" });
    expect(refusal("zitadel", { metadata: { "a/b~c": deep } }).pointer).toBe("/metadata");
    const many = Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`k${i}`, "v"]));
    expect(refusal("auth0", { session_metadata: many }).message).toMatch(
      /\/session_metadata: expected at most 25 properties, got 26$/,
    );
  });

  it("a huge string is passed through where it is valid, and never copied into an error", () => {
    expect(normalizeSession("auth0", { device: { last_user_agent: HUGE_STRING } }).userAgent).toBe(HUGE_STRING);
    const error = refusal("zitadel", { creationDate: HUGE_STRING, metadata: { [HUGE_STRING]: 1 } });
    expect(error.message.length).toBeLessThan(200);
    const key = refusal("zitadel", { metadata: { [HUGE_STRING]: 1 } });
    expect(key.pointer).toBe("/metadata");
  });

  it("ZITADEL metadata that is not base64, or not UTF-8 once decoded, is kept as sent", () => {
    const metadata = { a: "%%%", b: btoa("\xff\xfe"), c: "€", d: btoa("ok"), e: "" };
    expect(normalizeSession("zitadel", { metadata }).metadata).toEqual({ ...metadata, d: "ok" });
  });
});

describe("listNormalizedSessions", () => {
  it("refuses a listed session with the same typed error", async () => {
    const session = { session_id: "s", client_ids: [], initiated_at: 1, expires_at: "soon", last_updated: 1 };
    const fetch = observedFetch(() => json([session], { headers: { "x-pagination": '{"has_next":false}' } }));
    const client = createMonoCloudClient({ domain: "t.monocloud.com", apiKey: "key", fetch });
    const list = listNormalizedSessions("monocloud", listSessions(client, { userId: "u1" }));
    await expect(list.collect()).rejects.toMatchObject({
      name: "ResponseValidationError",
      provider: "monocloud",
      operation: "normalizeSession",
      pointer: "/expires_at",
    });
  });
});
