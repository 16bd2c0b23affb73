import { type IdpSessionsError, ResponseValidationError } from "@idp-sessions/core";
import { PROVIDERS, type ProviderId } from "@idp-sessions/specs/validator";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeSession, type RawSessions, type Session } from "../src/index.js";
import { expectSessionShape } from "./session-shape.js";

const normalize = (provider: ProviderId, raw: unknown) =>
  normalizeSession(provider, raw as RawSessions[ProviderId]) as Session;

/** Every kind of JavaScript value fast-check makes: null prototypes, boxed values, Maps, typed arrays... */
const anything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});
const hostileSession = fc.oneof(
  anything,
  fc.dictionary(
    fc.constantFrom(
      "id",
      "session_id",
      "device",
      "factors",
      "metadata",
      "session_metadata",
      "devices",
      "last_metadata",
    ),
    anything,
  ),
);

describe.each(PROVIDERS)("%s: values JSON cannot even express", (provider) => {
  it("map, or fail with a ResponseValidationError, never anything else", () => {
    fc.assert(
      fc.property(hostileSession, (raw) => {
        try {
          expectSessionShape(normalize(provider, raw), raw);
        } catch (error) {
          expect(error).toBeInstanceOf(ResponseValidationError);
          expect((error as IdpSessionsError).provider).toBe(provider);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("only own properties are read", () => {
  const FIELD = "expires_at";
  it("a polluted Object.prototype does not supply a missing field", () => {
    Object.defineProperty(Object.prototype, FIELD, { value: "2999-01-01T00:00:00Z", configurable: true });
    try {
      expect(({} as Record<string, unknown>)[FIELD]).toBe("2999-01-01T00:00:00Z");
      const session = normalize("auth0", { id: "s" });
      expect([session.expiresAt, session.status]).toEqual([null, "unknown"]);
    } finally {
      delete (Object.prototype as Record<string, unknown>)[FIELD];
    }
  });

  it("an inherited field is missing: a session object built on another is refused where it needs a field", () => {
    const inherited = Object.create({ session_id: "s", user_id: "u", creation_time: 1, session_not_valid_after: 2 });
    expect(() => normalize("huawei-identitycenter", inherited)).toThrow(ResponseValidationError);
    const nullPrototype = Object.assign(Object.create(null), { session_id: "s", user_id: "u" });
    Object.assign(nullPrototype, { creation_time: 1, session_not_valid_after: 2 });
    expect(normalize("huawei-identitycenter", nullPrototype).id).toBe("s");
  });
});
