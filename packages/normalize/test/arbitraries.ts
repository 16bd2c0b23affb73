/**
 * fast-check generators of spec-valid raw sessions, one per provider, written to match the spec schemas
 * (the property tests check every generated value against the spec with Ajv first).
 */
import type { Auth0Session } from "@idp-sessions/auth0";
import type { HuaweiIdentityCenterSession } from "@idp-sessions/huawei-identitycenter";
import type { MonoCloudSession } from "@idp-sessions/monocloud";
import type { OryKratosSession } from "@idp-sessions/ory-kratos";
import type { ZitadelSession } from "@idp-sessions/zitadel";
import fc from "fast-check";

const MIN = Date.parse("2000-01-01T00:00:00Z");
const MAX = Date.parse("2100-01-01T00:00:00Z");
const epochSeconds = fc.integer({ min: MIN / 1000, max: MAX / 1000 });
const epochMillis = fc.integer({ min: MIN, max: MAX });
const dateTime = fc.integer({ min: MIN, max: MAX }).map((ms) => new Date(ms).toISOString());
/** RFC 3339 with nanoseconds or an offset, as Kratos and ZITADEL write them. */
const rfc3339 = fc.oneof(
  dateTime,
  fc
    .tuple(epochSeconds, fc.integer({ min: 0, max: 999_999_999 }))
    .map(([s, ns]) => `${new Date(s * 1000).toISOString().slice(0, 19)}.${String(ns).padStart(9, "0")}Z`),
  epochSeconds.map((s) => `${new Date(s * 1000 + 2 * 3600_000).toISOString().slice(0, 19)}+02:00`),
);
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const hex = (length: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789ABCDEF"), minLength: length, maxLength: length });
const word = fc.string({ minLength: 1, maxLength: 12 });
const key = fc.oneof(word, fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty"));
const ip = fc.oneof(fc.ipV4(), fc.ipV6());
const userAgent = fc.constantFrom(
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
  "curl/8.5.0",
  "",
);

export const huaweiSession: fc.Arbitrary<HuaweiIdentityCenterSession> = fc.record(
  {
    creation_time: fc.oneof(epochSeconds, epochMillis),
    session_id: fc.uuid(),
    session_not_valid_after: fc.oneof(epochSeconds, epochMillis),
    user_id: fc.uuid(),
    ip_address: nullable(ip),
    user_agent: nullable(
      fc.oneof(
        userAgent,
        userAgent.map((ua) => `[${ua}]`),
      ),
    ),
  },
  { requiredKeys: ["creation_time", "session_id", "session_not_valid_after", "user_id"] },
);

const aal = fc.constantFrom("aal0", "aal1", "aal2", "aal3") as fc.Arbitrary<"aal0" | "aal1" | "aal2" | "aal3">;
export const kratosSession: fc.Arbitrary<OryKratosSession> = fc.record({
  id: fc.uuid(),
  active: fc.boolean(),
  authenticated_at: rfc3339,
  expires_at: rfc3339,
  issued_at: rfc3339,
  authenticator_assurance_level: aal,
  authentication_methods: fc.array(
    fc.record(
      {
        method: fc.oneof(
          fc.constantFrom("password", "oidc", "totp", "lookup_secret", "webauthn", "code", "passkey", "saml"),
          word,
        ),
        aal,
        completed_at: rfc3339,
        provider: word,
      },
      { requiredKeys: [] },
    ),
    { maxLength: 4 },
  ),
  devices: fc.array(
    fc.record(
      {
        id: fc.uuid(),
        ip_address: nullable(ip),
        location: nullable(fc.constantFrom("Berlin, DE", "Lagos, NG")),
        user_agent: nullable(userAgent),
      },
      { requiredKeys: ["id"] },
    ),
    { maxLength: 3 },
  ),
  identity: fc.record({
    id: fc.uuid(),
    schema_id: fc.constant("default"),
    schema_url: fc.constant("https://example.com/schemas/default"),
    traits: fc.record({ email: fc.emailAddress() }),
    metadata_public: fc.constant(null),
    organization_id: nullable(fc.uuid()),
  }),
});

export const monoCloudSession: fc.Arbitrary<MonoCloudSession> = fc.record(
  {
    session_id: hex(32),
    client_ids: fc.array(word, { maxLength: 3 }),
    initiated_at: fc.oneof(epochSeconds, epochMillis),
    expires_at: fc.oneof(epochSeconds, epochMillis),
    last_updated: epochSeconds,
    session_key: hex(64),
    last_metadata: nullable(
      fc.record(
        {
          ip_address: nullable(ip),
          user_agent: nullable(userAgent),
          city: nullable(word),
          region: nullable(word),
          country: nullable(word),
          latitude: nullable(fc.oneof(fc.double({ min: -90, max: 90, noNaN: true }).map(String), word)),
          longitude: nullable(fc.oneof(fc.double({ min: -180, max: 180, noNaN: true }).map(String), word)),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: ["session_id", "client_ids", "initiated_at", "expires_at", "last_updated"] },
);

const auth0Date = fc.oneof(dateTime, fc.constant({}), fc.constant(null));
export const auth0Session: fc.Arbitrary<Auth0Session> = fc.record(
  {
    id: word,
    user_id: word,
    created_at: auth0Date,
    updated_at: auth0Date,
    authenticated_at: auth0Date,
    idle_expires_at: auth0Date,
    expires_at: auth0Date,
    last_interacted_at: auth0Date,
    device: fc.record(
      {
        initial_user_agent: userAgent,
        initial_ip: nullable(ip),
        initial_asn: fc.integer({ min: 1, max: 65535 }).map(String),
        last_user_agent: userAgent,
        last_ip: nullable(ip),
        last_asn: fc.integer({ min: 1, max: 65535 }).map(String),
      },
      { requiredKeys: [] },
    ),
    clients: fc.array(fc.record({ client_id: word }, { requiredKeys: [] }), { maxLength: 3 }),
    authentication: fc.record(
      {
        methods: fc.array(
          fc.record(
            {
              name: fc.oneof(
                fc.constantFrom("federated", "passkey", "pwd", "sms", "email", "mfa", "mock"),
                fc.webUrl(),
              ),
              timestamp: auth0Date,
              type: fc.constantFrom("otp", "webauthn-roaming", "push-notification", "something-new"),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 3 },
        ),
      },
      { requiredKeys: [] },
    ),
    cookie: fc.record({
      mode: fc.constantFrom("non-persistent", "persistent") as fc.Arbitrary<"non-persistent" | "persistent">,
    }),
    session_metadata: nullable(fc.dictionary(key, fc.string(), { maxKeys: 25 })),
  },
  { requiredKeys: [] },
);

const base64 = fc.oneof(
  fc.string().map((s) => btoa(String.fromCharCode(...new TextEncoder().encode(s)))),
  fc.uint8Array({ maxLength: 16 }).map((bytes) => btoa(String.fromCharCode(...bytes))),
);
const uint64 = fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map(String), fc.nat());
const verified = fc.record({ verifiedAt: rfc3339 }, { requiredKeys: [] });
export const zitadelSession: fc.Arbitrary<ZitadelSession> = fc.record(
  {
    id: fc.bigInt({ min: 1n, max: 2n ** 63n }).map(String),
    creationDate: rfc3339,
    changeDate: rfc3339,
    sequence: uint64,
    factors: fc.record(
      {
        user: fc.record(
          { verifiedAt: rfc3339, id: word, loginName: word, displayName: word, organizationId: word },
          { requiredKeys: [] },
        ),
        password: verified,
        webAuthN: fc.record({ verifiedAt: rfc3339, userVerified: fc.boolean() }, { requiredKeys: [] }),
        intent: verified,
        totp: verified,
        otpSms: verified,
        otpEmail: verified,
        recoveryCode: verified,
      },
      { requiredKeys: [] },
    ),
    metadata: fc.dictionary(key, base64, { maxKeys: 5 }),
    userAgent: fc.record(
      {
        fingerprintId: word,
        ip,
        description: word,
        header: fc.dictionary(
          fc.constantFrom("user-agent", "accept-language"),
          fc.record({ values: fc.array(userAgent, { maxLength: 2 }) }),
        ),
      },
      { requiredKeys: [] },
    ),
    expirationDate: rfc3339,
  },
  { requiredKeys: [] },
);
