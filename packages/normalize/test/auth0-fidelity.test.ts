import { ResponseValidationError } from "@idp-sessions/core";
import { compileAt, createSpecAjv, loadSpec } from "@idp-sessions/specs/validator";
import { describe, expect, it } from "vitest";
import { normalizeAuth0Session, normalizeSession, type RawSessions } from "../src/index.js";
import { deeplyNested } from "./hostile-values.js";

/**
 * Issue 14: Auth0's own schema lets a `session_metadata` value be anything (its prose says strings), so the
 * spec accepts any value and the mapper must map every such session without refusing it.
 */
const validSession = compileAt(createSpecAjv("auth0", loadSpec("auth0")), "#/components/schemas/Session");
const auth0 = (raw: unknown) => normalizeSession("auth0", raw as RawSessions["auth0"]);

describe("auth0 session_metadata values that are not strings", () => {
  const raw = {
    id: "ses_1",
    session_metadata: {
      device: "Work laptop",
      logins: 3,
      ratio: 1.5,
      trusted: false,
      gone: null,
      o: { k: "v" },
      a: [1],
    },
  };

  it("are valid by the spec", () => {
    expect(validSession(raw), JSON.stringify(validSession.errors)).toBe(true);
  });

  it("map: strings as sent, numbers and booleans as text, null, objects and arrays left out (kept in raw)", () => {
    const session = auth0(raw);
    expect(session.metadata).toEqual({ device: "Work laptop", logins: "3", ratio: "1.5", trusted: "false" });
    expect(session.raw).toBe(raw);
  });

  it("a 100 000-deep value is left out without being walked", () => {
    const deep = { session_metadata: { a: "x", b: deeplyNested(100_000) } };
    expect(auth0(deep).metadata).toEqual({ a: "x" });
  });

  it("keys such as __proto__ stay ordinary own properties whatever the value", () => {
    const metadata = auth0(JSON.parse('{"session_metadata":{"__proto__":7,"constructor":true}}')).metadata;
    expect(Object.getOwnPropertyDescriptor(metadata, "__proto__")?.value).toBe("7");
    expect(metadata?.constructor).toBe("true");
    expect(Object.getPrototypeOf(metadata)).toBe(Object.prototype);
  });

  it("more than 25 properties, whatever the values, are refused at the object without quoting a key", () => {
    const key = "eyJhbGciOiJSUzI1NiJ9.a-credential-the-server-echoed-back-as-a-key";
    const many = Object.fromEntries(Array.from({ length: 26 }, (_, i) => [i === 0 ? key : `k${i}`, i]));
    expect(validSession({ session_metadata: many })).toBe(false);
    const error = (() => {
      try {
        normalizeAuth0Session({ session_metadata: many });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ provider: "auth0", operation: "normalizeSession", pointer: "/session_metadata" });
    expect((error as Error).message).toMatch(/expected at most 25 properties, got 26$/);
    expect(JSON.stringify(error)).not.toContain("credential-the-server-echoed");
  });
});
