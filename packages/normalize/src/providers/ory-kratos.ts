import type { OryKratosSession } from "@idp-sessions/ory-kratos";
import type { NormalizeOptions, SessionAuthMethod, SessionDevice, SessionOf } from "../session.js";
import { statusOf } from "../status.js";
import { text } from "../text.js";
import { fromRfc3339 } from "../time.js";
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

/**
 * Ory Kratos: RFC 3339 times with nanoseconds; `active` is authoritative unless the session has expired;
 * several devices, the last one being the most recent; no clients, no idle expiry, no last activity.
 */
export function normalizeOryKratosSession(
  raw: OryKratosSession,
  options: NormalizeOptions = {},
): SessionOf<"ory-kratos"> {
  const devices: SessionDevice[] = (raw.devices ?? []).map((device) => ({
    id: device.id,
    ip: text(device.ip_address),
    userAgent: text(device.user_agent),
    location: text(device.location),
    asn: null,
    seenAs: null,
  }));
  const authMethods: SessionAuthMethod[] = (raw.authentication_methods ?? []).map((m) => ({
    method: kindOf(METHODS, m.method ?? ""),
    rawMethod: m.method ?? "",
    completedAt: fromRfc3339(m.completed_at),
    aal: m.aal ?? null,
  }));
  const latestDevice = devices.at(-1);
  const expiresAt = fromRfc3339(raw.expires_at);
  return {
    provider: "ory-kratos",
    id: raw.id,
    userId: raw.identity?.id ?? null,
    status: statusOf({ expiresAt, idleExpiresAt: null, active: raw.active }, options.now ?? new Date()),
    createdAt: fromRfc3339(raw.issued_at),
    authenticatedAt: fromRfc3339(raw.authenticated_at),
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
    assuranceLevel: raw.authenticator_assurance_level ?? null,
    metadata: null,
    raw,
  };
}
