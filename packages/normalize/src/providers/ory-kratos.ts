import type { OryKratosSession, OryKratosSessionLookup } from "@idp-sessions/ory-kratos";
import { Fields } from "../guard.js";
import { readBoolean, readDateTime, readOneOf, readUuid } from "../readers.js";
import type { NormalizeOptions, SessionAuthMethod, SessionDevice, SessionOf } from "../session.js";
import { nowOf, statusAt } from "../status.js";
import { text } from "../text.js";
import { type AuthMethodKind, kindOf } from "../vocabulary.js";

const METHODS: Readonly<Record<string, AuthMethodKind>> = {
  password: "password",
  oidc: "federated",
  saml: "federated",
  totp: "totp",
  lookup_secret: "recovery_code",
  code_recovery: "recovery_code",
  link_recovery: "recovery_link",
  webauthn: "webauthn",
  passkey: "passkey",
  // Kratos' `code` is a one-time code sent by email or SMS; which one is not recorded.
  code: "one_time_code",
  identifier_first: "identifier",
  deviceauthn: "device",
};

const CONTEXT = { provider: "ory-kratos", operation: "normalizeSession" } as const;
const AAL = ["aal0", "aal1", "aal2", "aal3"] as const;
const ONE_OF_AAL = `one of ${/* @__PURE__ */ AAL.join(", ")}`;
const REQUIRED = [
  "id",
  "active",
  "authenticated_at",
  "expires_at",
  "issued_at",
  "authenticator_assurance_level",
  "authentication_methods",
  "devices",
  "identity",
] as const;

type Identity = NonNullable<OryKratosSession["identity"]>;

function userIdOf(identity: Fields<Identity> | null | undefined): string | null {
  return identity ? (readUuid(identity, "id") ?? null) : null;
}

/**
 * Ory Kratos: RFC 3339 times with nanoseconds; `active` is authoritative unless the session has expired;
 * several devices, the last one being the most recent; no clients, no idle expiry, no last activity.
 */
export function normalizeOryKratosSession(
  raw: OryKratosSession | OryKratosSessionLookup,
  options: NormalizeOptions = {},
): SessionOf<"ory-kratos"> {
  const s = new Fields<OryKratosSession | OryKratosSessionLookup>(CONTEXT, raw, REQUIRED);
  const devices: SessionDevice[] = s.objects("devices", ["id"]).map((device) => ({
    id: readUuid(device, "id") ?? null,
    ip: text(device.nullableString("ip_address")),
    userAgent: text(device.nullableString("user_agent")),
    location: text(device.nullableString("location")),
    asn: null,
    seenAs: null,
  }));
  const authMethods: SessionAuthMethod[] = s.objects("authentication_methods").map((m) => {
    const method = m.string("method") ?? "";
    return {
      method: kindOf(METHODS, method),
      rawMethod: method,
      completedAt: readDateTime(m, "completed_at"),
      aal: readOneOf(m, "aal", AAL, ONE_OF_AAL) ?? null,
    };
  });
  const latestDevice = devices.at(-1);
  const expiresAt = readDateTime(s, "expires_at");
  const active = readBoolean(s, "active");
  return {
    provider: "ory-kratos",
    id: readUuid(s, "id") ?? null,
    // getSession answers `identity: null` unless asked to expand it (SessionLookup): then no user id.
    userId: userIdOf(s.nullableObject("identity", ["id"])),
    status: statusAt({ expiresAt, idleExpiresAt: null, active }, nowOf(options.now)),
    createdAt: readDateTime(s, "issued_at"),
    authenticatedAt: readDateTime(s, "authenticated_at"),
    lastActiveAt: null,
    expiresAt,
    idleExpiresAt: null,
    ip: latestDevice?.ip ?? null,
    userAgent: latestDevice?.userAgent ?? null,
    // Kratos' device location is free text ("Berlin, DE"): kept on the device, not guessed apart here.
    location: null,
    devices,
    clientIds: [],
    authMethods,
    assuranceLevel: readOneOf(s, "authenticator_assurance_level", AAL, ONE_OF_AAL) ?? null,
    metadata: null,
    raw,
  };
}
