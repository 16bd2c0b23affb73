import { ResponseValidationError } from "@idp-sessions/core";
import { compileAt, createSpecAjv, loadSpec, type ProviderId, violations } from "@idp-sessions/specs/validator";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeSession, type RawSessions, type Session } from "../src/index.js";
import { auth0Session, huaweiSession, kratosSession, monoCloudSession, zitadelSession } from "./arbitraries.js";
import { hostileJson, hostileKey } from "./hostile-values.js";
import { pointersOf, replaceAt, valueAt, withKey } from "./json-tree.js";
import { isRead } from "./read-positions.js";
import { expectSessionShape } from "./session-shape.js";

const SESSIONS: { [P in ProviderId]: [readonly string[], fc.Arbitrary<unknown>] } = {
  "huawei-identitycenter": [["UserSession"], huaweiSession],
  // A Kratos session is listed (Session) or got (SessionLookup: identity null unless expanded).
  "ory-kratos": [["Session", "SessionLookup"], kratosSession],
  monocloud: [["UserSession"], monoCloudSession],
  auth0: [["Session"], auth0Session],
  zitadel: [["Session"], zitadelSession],
};

type Outcome = { session: Session } | { error: unknown };
function attempt(provider: ProviderId, raw: unknown): Outcome {
  try {
    return { session: normalizeSession(provider, raw as RawSessions[ProviderId]) as Session };
  } catch (error) {
    return { error };
  }
}

/** The objects of a value: where a member can be added. */
function objectsOf(value: unknown): string[] {
  return pointersOf(value).filter((p) => {
    const node = valueAt(value, p);
    return node !== null && typeof node === "object" && !Array.isArray(node);
  });
}

describe.each(Object.keys(SESSIONS) as ProviderId[])("%s: any JSON value at any position", (provider) => {
  const [schemas, sessions] = SESSIONS[provider];
  const ajv = createSpecAjv(provider, loadSpec(provider));
  const validators = schemas.map((schema) => compileAt(ajv, `#/components/schemas/${schema}`));
  // Valid when any of the provider's session schemas takes it; else the violations of the schema it is
  // closest to (fewest violations: an `identity: null` alternative adds one at /identity that is no news).
  const check = (raw: unknown) => {
    const results = validators.map((validate) => ({
      ok: validate(raw),
      found: violations(validate.errors).map((v) => v.pointer),
    }));
    if (results.some((r) => r.ok)) return { valid: true, found: [] };
    const closest = results.reduce((a, b) => (b.found.length < a.found.length ? b : a));
    return { valid: false, found: closest.found };
  };
  // A position: an existing member (replaced), or a new member of an existing object.
  const mutated = fc
    .tuple(sessions, fc.nat(), fc.option(hostileKey, { freq: 4 }), hostileJson)
    .map(([raw, index, key, value]) => {
      const existing = pointersOf(raw);
      const objects = objectsOf(raw);
      const at =
        key === null ? (existing[index % existing.length] ?? "") : withKey(objects[index % objects.length] ?? "", key);
      return { at, raw: replaceAt(raw, at, value) };
    });

  it("maps it, or refuses it with a ResponseValidationError at a spec violation (always when the mapper reads there)", () => {
    fc.assert(
      fc.property(mutated, ({ at, raw }) => {
        const { valid, found } = check(raw);
        const outcome = attempt(provider, raw);
        // A violation where the mapper reads is never mapped into a Session (nor into a silent null).
        if (found.some((pointer) => isRead(provider, pointer))) expect(outcome).toHaveProperty("error");
        if ("session" in outcome) {
          expect(outcome.session.provider).toBe(provider);
          expectSessionShape(outcome.session, raw);
          return;
        }
        const { error } = outcome;
        expect(error).toBeInstanceOf(ResponseValidationError);
        const e = error as ResponseValidationError;
        expect([e.provider, e.operation]).toEqual([provider, "normalizeSession"]);
        // Only the value at `at` changed, so what is wrong is there or below it; and the spec agrees. A
        // metadata key is never quoted (the server chooses it), so those are reported at their object.
        const where = withoutMetadataKey(at);
        expect(e.pointer === where || e.pointer.startsWith(`${where}/`), `${e.pointer} under ${where}`).toBe(true);
        expect(valid, e.message).toBe(false);
        expect(found.map(withoutMetadataKey)).toContain(e.pointer);
        // No session text in the message, whatever its size.
        expect(e.message.length).toBeLessThan(400);
      }),
      { numRuns: 1500 },
    );
  });
});

/** A pointer into a metadata map cut at the map: what normalize reports instead of a server-chosen key. */
function withoutMetadataKey(pointer: string): string {
  return pointer.replace(/^(\/session_metadata|\/metadata)\/.*$/, "$1");
}
