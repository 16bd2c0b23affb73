import type { Auth0Session } from "@idp-sessions/auth0";
import type { NormalizeOptions, SessionAuthMethod, SessionDevice, SessionOf } from "../session.js";
import { statusOf } from "../status.js";
import { stringRecord, text } from "../text.js";
import { fromAuth0Date } from "../time.js";
import { type AuthMethodKind, kindOf } from "../vocabulary.js";

const METHODS: Readonly<Record<string, AuthMethodKind>> = {
  pwd: "password",
  federated: "federated",
  passkey: "passkey",
  sms: "sms",
  email: "email",
};

// With `name: "mfa"`, `type` names the factor.
const MFA_TYPES: Readonly<Record<string, AuthMethodKind>> = {
  otp: "totp",
  sms: "sms",
  voice: "sms",
  email: "email",
  "webauthn-roaming": "webauthn",
  "webauthn-platform": "webauthn",
  "push-notification": "push",
  "recovery-code": "recovery_code",
};

function methodOf(m: NonNullable<NonNullable<Auth0Session["authentication"]>["methods"]>[number]): SessionAuthMethod {
  const name = m.name ?? "";
  const isMfa = name === "mfa";
  return {
    method: isMfa ? kindOf(MFA_TYPES, m.type ?? "") : kindOf(METHODS, name),
    rawMethod: isMfa && m.type ? `mfa:${m.type}` : name,
    completedAt: fromAuth0Date(m.timestamp),
    aal: null,
  };
}

function devicesOf(device: Auth0Session["device"]): SessionDevice[] {
  if (!device) return [];
  const initial = {
    ip: text(device.initial_ip),
    userAgent: text(device.initial_user_agent),
    asn: text(device.initial_asn),
  };
  const last = { ip: text(device.last_ip), userAgent: text(device.last_user_agent), asn: text(device.last_asn) };
  const seen = (d: typeof initial) => d.ip !== null || d.userAgent !== null || d.asn !== null;
  return [
    ...(seen(initial) ? [{ id: null, ...initial, location: null, seenAs: "initial" as const }] : []),
    ...(seen(last) ? [{ id: null, ...last, location: null, seenAs: "last" as const }] : []),
  ];
}

/**
 * Auth0: every field is optional and each date is a string, an object (no time: null) or null; the device
 * is recorded as it was first and last seen; `session_metadata` is the metadata.
 */
export function normalizeAuth0Session(raw: Auth0Session, options: NormalizeOptions = {}): SessionOf<"auth0"> {
  const expiresAt = fromAuth0Date(raw.expires_at);
  const idleExpiresAt = fromAuth0Date(raw.idle_expires_at);
  const devices = devicesOf(raw.device);
  const last = devices.at(-1);
  return {
    provider: "auth0",
    id: text(raw.id),
    userId: text(raw.user_id),
    status: statusOf({ expiresAt, idleExpiresAt }, options.now ?? new Date()),
    createdAt: fromAuth0Date(raw.created_at),
    authenticatedAt: fromAuth0Date(raw.authenticated_at),
    lastActiveAt: fromAuth0Date(raw.last_interacted_at),
    expiresAt,
    idleExpiresAt,
    ip: last?.ip ?? null,
    userAgent: last?.userAgent ?? null,
    location: null,
    devices,
    clientIds: (raw.clients ?? []).flatMap((client) => (client.client_id ? [client.client_id] : [])),
    authMethods: (raw.authentication?.methods ?? []).map(methodOf),
    assuranceLevel: null,
    metadata: raw.session_metadata ? stringRecord(Object.entries(raw.session_metadata)) : null,
    raw,
  };
}
