import { compileAt, createSpecAjv, loadSpec, type ProviderId } from "@idp-sessions/specs/validator";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeSession, type RawSessions, type Session } from "../src/index.js";
import { auth0Session, huaweiSession, kratosSession, monoCloudSession, zitadelSession } from "./arbitraries.js";

const SCHEMAS: { [P in ProviderId]: [string, fc.Arbitrary<RawSessions[P]>] } = {
  "huawei-identitycenter": ["UserSession", huaweiSession],
  "ory-kratos": ["Session", kratosSession],
  monocloud: ["UserSession", monoCloudSession],
  auth0: ["Session", auth0Session],
  zitadel: ["Session", zitadelSession],
};

const TIME_FIELDS = ["createdAt", "authenticatedAt", "lastActiveAt", "expiresAt", "idleExpiresAt"] as const;
const now = fc.integer({ min: Date.parse("1999-01-01"), max: Date.parse("2101-01-01") }).map((ms) => new Date(ms));

function expectInvariants(session: Session, raw: unknown, at: Date): void {
  expect(session.raw).toBe(raw);
  for (const field of TIME_FIELDS) {
    const value = session[field];
    if (value === null) continue;
    expect(new Date(value).toISOString()).toBe(value);
    // The generators make times between 2000 and 2100: anything else is a misread unit or offset.
    expect(value >= "1999-12-31" && value <= "2100-01-02").toBe(true);
  }
  const expired = [session.expiresAt, session.idleExpiresAt].some((t) => t !== null && Date.parse(t) < at.getTime());
  if (expired) expect(session.status).toBe("expired");
  else expect(session.status).not.toBe("expired");
  for (const m of session.authMethods)
    if (m.completedAt !== null) expect(new Date(m.completedAt).toISOString()).toBe(m.completedAt);
  if (session.location) {
    expect(session.location.latitude === null || Math.abs(session.location.latitude) <= 90).toBe(true);
    expect(session.location.longitude === null || Math.abs(session.location.longitude) <= 180).toBe(true);
  }
  if (session.metadata) for (const value of Object.values(session.metadata)) expect(typeof value).toBe("string");
  expect(Object.getPrototypeOf(session.metadata ?? {})).toBe(Object.prototype);
  expect(() => JSON.stringify(session)).not.toThrow();
}

describe.each(Object.keys(SCHEMAS) as ProviderId[])("%s mapper on spec-valid sessions", (provider) => {
  const [schemaName, arbitrary] = SCHEMAS[provider] as [string, fc.Arbitrary<RawSessions[ProviderId]>];
  const validate = compileAt(createSpecAjv(provider, loadSpec(provider)), `#/components/schemas/${schemaName}`);

  it("generates only sessions the spec accepts", () => {
    fc.assert(
      fc.property(arbitrary, (raw) => {
        expect(validate(raw), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("maps every one of them without throwing, keeping the invariants", () => {
    fc.assert(
      fc.property(arbitrary, now, (raw, at) => {
        const session = normalizeSession(provider, raw as never, { now: at }) as Session;
        expect(session.provider).toBe(provider);
        expectInvariants(session, raw, at);
      }),
      { numRuns: 500 },
    );
  });
});

describe("ordering is kept where the input has it", () => {
  it("Huawei: expiresAt >= createdAt when session_not_valid_after >= creation_time (same unit)", () => {
    fc.assert(
      fc.property(huaweiSession, (raw) => {
        fc.pre(raw.creation_time < 1e11 === raw.session_not_valid_after < 1e11);
        const s = normalizeSession("huawei-identitycenter", raw);
        if (raw.session_not_valid_after >= raw.creation_time && s.expiresAt && s.createdAt) {
          expect(Date.parse(s.expiresAt)).toBeGreaterThanOrEqual(Date.parse(s.createdAt));
        }
      }),
    );
  });

  it("MonoCloud: expiresAt >= createdAt when expires_at >= initiated_at (same unit)", () => {
    fc.assert(
      fc.property(monoCloudSession, (raw) => {
        fc.pre(raw.initiated_at < 1e11 === raw.expires_at < 1e11);
        const s = normalizeSession("monocloud", raw);
        if (raw.expires_at >= raw.initiated_at && s.expiresAt && s.createdAt) {
          expect(Date.parse(s.expiresAt)).toBeGreaterThanOrEqual(Date.parse(s.createdAt));
        }
      }),
    );
  });
});
