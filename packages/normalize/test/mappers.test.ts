import { describe, expect, it } from "vitest";
import {
  fromEpoch,
  fromRfc3339,
  normalizeAuth0Session,
  normalizeHuaweiIdentityCenterSession,
  normalizeMonoCloudSession,
  normalizeOryKratosSession,
  normalizeSession,
  normalizeZitadelSession,
} from "../src/index.js";

const now = new Date("2025-07-30T12:00:00Z");
const UUID = "6f1c1f70-0d5a-4d1f-9a0b-2e6f6b1c2d3";
const KRATOS = {
  id: `${UUID}e`,
  active: true,
  authenticated_at: "2025-07-30T11:00:00Z",
  expires_at: "2025-07-31T11:00:00Z",
  issued_at: "2025-07-30T11:00:00Z",
  authenticator_assurance_level: "aal1" as const,
  authentication_methods: [],
  devices: [],
  identity: { id: `${UUID}f`, schema_id: "default", schema_url: "", traits: {} },
};

describe("times", () => {
  it("reads epoch seconds, and values of 10^11 or more as milliseconds (not the year 57000)", () => {
    expect(fromEpoch(1753858567)).toBe("2025-07-30T06:56:07.000Z");
    expect(fromEpoch(1753858567123)).toBe("2025-07-30T06:56:07.123Z");
    expect(fromEpoch(Number.NaN)).toBeNull();
    expect(fromEpoch(1e20)).toBeNull();
  });
  it("reads RFC 3339 with nanoseconds and offsets as UTC", () => {
    expect(fromRfc3339("2024-05-14T09:12:44.123456789Z")).toBe("2024-05-14T09:12:44.123Z");
    expect(fromRfc3339("2024-05-14T11:12:44+02:00")).toBe("2024-05-14T09:12:44.000Z");
    expect(fromRfc3339("2024-05-14t11:12:44.5+0200")).toBe("2024-05-14T09:12:44.500Z");
    expect(fromRfc3339("not a date")).toBeNull();
    // Date.parse reads these; RFC 3339 (and the specs' validator) does not.
    expect(fromRfc3339("2024-05-14")).toBeNull();
    expect(fromRfc3339("Tue, 14 May 2024 09:12:44 GMT")).toBeNull();
  });
});

describe("status", () => {
  const huawei = (expiry: number) =>
    normalizeHuaweiIdentityCenterSession(
      { creation_time: 1, session_id: "s", session_not_valid_after: expiry, user_id: "u" },
      { now },
    );
  it("is expired before now and active after", () => {
    expect(huawei(Date.parse("2025-07-30T11:59:59Z") / 1000).status).toBe("expired");
    expect(huawei(Date.parse("2025-07-30T12:00:01Z") / 1000).status).toBe("active");
  });
  it("Kratos: expired wins over active; otherwise active: false is inactive", () => {
    const kratos = (active: boolean, expires_at: string) =>
      normalizeOryKratosSession({ ...KRATOS, active, expires_at }, { now });
    expect(kratos(true, "2025-01-01T00:00:00Z").status).toBe("expired");
    expect(kratos(false, "2026-01-01T00:00:00Z").status).toBe("inactive");
    expect(kratos(true, "2026-01-01T00:00:00Z").status).toBe("active");
  });
  it("Auth0: the idle expiry counts; with no expiry at all the status is unknown", () => {
    expect(
      normalizeAuth0Session({ expires_at: "2026-01-01T00:00:00Z", idle_expires_at: "2025-07-30T00:00:00Z" }, { now })
        .status,
    ).toBe("expired");
    expect(normalizeAuth0Session({ expires_at: {}, idle_expires_at: null }, { now }).status).toBe("unknown");
  });
  it("ZITADEL: no expiration date means active until terminated", () => {
    expect(normalizeZitadelSession({ id: "1" }, { now }).status).toBe("active");
  });
});

describe("mapping details", () => {
  it("Auth0: object dates are null, devices are initial and last, mfa names its factor", () => {
    const s = normalizeAuth0Session({
      created_at: {},
      device: { initial_ip: "192.0.2.1", last_ip: null, last_user_agent: "UA" },
      authentication: {
        methods: [{ name: "mfa", type: "otp" }, { name: "https://example.com/factor" }, { name: "pwd" }],
      },
      clients: [{ client_id: "c1" }, {}],
    });
    expect(s.createdAt).toBeNull();
    expect(s.devices.map((d) => [d.seenAs, d.ip, d.userAgent])).toEqual([
      ["initial", "192.0.2.1", null],
      ["last", null, "UA"],
    ]);
    expect(s.ip).toBeNull();
    expect(s.authMethods.map((m) => [m.method, m.rawMethod])).toEqual([
      ["totp", "mfa:otp"],
      ["other", "https://example.com/factor"],
      ["password", "pwd"],
    ]);
    expect(s.clientIds).toEqual(["c1"]);
  });

  it("metadata keys such as __proto__ and constructor stay ordinary own properties", () => {
    const raw = JSON.parse('{"session_metadata":{"__proto__":"p","constructor":"c"}}');
    const t = normalizeAuth0Session(raw);
    expect(Object.hasOwn(t.metadata ?? {}, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(t.metadata, "__proto__")?.value).toBe("p");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(t.metadata?.constructor).toBe("c");
    expect(Object.getPrototypeOf(t.metadata)).toBe(Object.prototype);
    const z = normalizeZitadelSession(JSON.parse(`{"metadata":{"__proto__":"${btoa('{"polluted":"yes"}')}"}}`));
    expect(Object.keys(z.metadata ?? {})).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("ZITADEL: base64 metadata decoded where it is UTF-8, kept as sent where it is not", () => {
    const s = normalizeZitadelSession({ metadata: { dept: btoa("Engineering"), raw: btoa("\xff\xfe"), bad: "%%%" } });
    expect(s.metadata).toEqual({ dept: "Engineering", raw: btoa("\xff\xfe"), bad: "%%%" });
  });

  it("ZITADEL: a user-verified WebAuthN factor is a passkey; authenticatedAt is the latest factor", () => {
    const s = normalizeZitadelSession({
      factors: {
        user: { id: "u1", verifiedAt: "2024-01-01T00:00:00Z" },
        webAuthN: { verifiedAt: "2024-01-01T00:00:05Z", userVerified: true },
        password: { verifiedAt: "2024-01-01T00:00:02Z" },
      },
    });
    expect(s.userId).toBe("u1");
    expect(s.authMethods.map((m) => m.method)).toEqual(["identifier", "password", "passkey"]);
    expect(s.authenticatedAt).toBe("2024-01-01T00:00:05.000Z");
  });

  it("MonoCloud: coordinates parsed from strings, nonsense dropped, no location when nothing is known", () => {
    const base = { session_id: "s", client_ids: [], initiated_at: 1, expires_at: 2, last_updated: 1 };
    const s = normalizeMonoCloudSession({
      ...base,
      last_metadata: { latitude: "34.04", longitude: "999", city: "LA" },
    });
    expect(s.location).toEqual({ country: null, region: null, city: "LA", latitude: 34.04, longitude: null });
    expect(normalizeMonoCloudSession({ ...base, last_metadata: { latitude: null } }).location).toBeNull();
    expect(normalizeMonoCloudSession({ ...base, last_metadata: null }).location).toBeNull();
  });

  it("Kratos: unknown method names pass through as other; the last device gives ip and user agent", () => {
    const s = normalizeSession("ory-kratos", {
      ...KRATOS,
      authentication_methods: [{ method: "brand_new_method", aal: "aal1" }],
      devices: [
        { id: `${UUID}1`, ip_address: "192.0.2.1", user_agent: "old" },
        { id: `${UUID}2`, ip_address: null, user_agent: "new", location: "Berlin, DE" },
      ],
    });
    expect(s.authMethods).toEqual([{ method: "other", rawMethod: "brand_new_method", completedAt: null, aal: "aal1" }]);
    expect([s.ip, s.userAgent, s.devices[1]?.location]).toEqual([null, "new", "Berlin, DE"]);
  });

  it("refuses an unknown provider with a typed error", () => {
    expect(() => normalizeSession("okta" as never, {} as never)).toThrow(
      /unknown provider; known: huawei-identitycenter/,
    );
  });
});
