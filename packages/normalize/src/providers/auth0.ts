import type { Auth0Session } from "@idp-sessions/auth0";
import { Fields, isObject } from "../guard.js";
import { rfc3339ToIso } from "../rfc3339.js";
import type { NormalizeOptions, SessionAuthMethod, SessionDevice, SessionOf } from "../session.js";
import { nowOf, statusAt } from "../status.js";
import { stringRecord, text } from "../text.js";
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

const CONTEXT = { provider: "auth0", operation: "normalizeSession" } as const;
const DATE = "RFC 3339 date-time, object or null";

/** Auth0 dates are a string, an object or null; an object carries no time, so it is null. */
function dateOf<T extends object>(fields: Fields<T>, key: keyof T & string): string | null {
  const value = fields.get(key, DATE);
  const iso = typeof value === "string" ? rfc3339ToIso(value) : undefined;
  if (iso !== undefined) return iso;
  if (value === undefined || value === null || isObject(value)) return null;
  return fields.fail(key, DATE, value);
}

type Method = NonNullable<NonNullable<Auth0Session["authentication"]>["methods"]>[number];

function methodOf(m: Fields<Method>): SessionAuthMethod {
  const name = m.string("name") ?? "";
  const type = m.string("type");
  const isMfa = name === "mfa";
  return {
    method: isMfa ? kindOf(MFA_TYPES, type ?? "") : kindOf(METHODS, name),
    rawMethod: isMfa && type ? `mfa:${type}` : name,
    completedAt: dateOf(m, "timestamp"),
    aal: null,
  };
}

function devicesOf(device: Fields<NonNullable<Auth0Session["device"]>> | undefined): SessionDevice[] {
  if (!device) return [];
  const devices: SessionDevice[] = [];
  const initialIp = text(device.nullableString("initial_ip"));
  const initialUserAgent = text(device.string("initial_user_agent"));
  const initialAsn = text(device.string("initial_asn"));
  const lastIp = text(device.nullableString("last_ip"));
  const lastUserAgent = text(device.string("last_user_agent"));
  const lastAsn = text(device.string("last_asn"));
  if (initialIp !== null || initialUserAgent !== null || initialAsn !== null) {
    devices.push({
      id: null,
      ip: initialIp,
      userAgent: initialUserAgent,
      asn: initialAsn,
      location: null,
      seenAs: "initial",
    });
  }
  if (lastIp !== null || lastUserAgent !== null || lastAsn !== null) {
    devices.push({ id: null, ip: lastIp, userAgent: lastUserAgent, asn: lastAsn, location: null, seenAs: "last" });
  }
  return devices;
}

function clientIdsOf(clients: readonly Fields<NonNullable<Auth0Session["clients"]>[number]>[]): string[] {
  const ids: string[] = [];
  for (const client of clients) {
    const id = text(client.string("client_id"));
    if (id !== null) ids.push(id);
  }
  return ids;
}

const MAX_METADATA = 25;

/** A metadata value as text: strings as sent, numbers and booleans as their JSON text, anything else none. */
function metadataText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value))) return String(value);
  return undefined;
}

/**
 * Auth0 documents string values, but its schema lets a value be anything: strings are kept, numbers and
 * booleans become text, and null, objects and arrays are left out (they stay in `raw`). More than 25
 * properties break the schema's `maxProperties` and are refused, at the object (keys are never quoted).
 */
function metadataOf(metadata: Fields<NonNullable<Auth0Session["session_metadata"]>>): Record<string, string> {
  const entries = Object.entries(metadata.value);
  if (entries.length > MAX_METADATA) metadata.refuse(`at most ${MAX_METADATA} properties`, `${entries.length}`);
  // Object.entries' pairs are new arrays: kept ones are rewritten in place, the rest cut off.
  let kept = 0;
  for (const entry of entries) {
    const text = metadataText(entry[1]);
    if (text === undefined) continue;
    entry[1] = text;
    entries[kept++] = entry;
  }
  entries.length = kept;
  return stringRecord(entries as [string, string][]);
}

/**
 * Auth0: every field is optional and each date is a string, an object (no time: null) or null; the device
 * is recorded as it was first and last seen; `session_metadata` is the metadata (see `metadataOf`).
 */
export function normalizeAuth0Session(raw: Auth0Session, options: NormalizeOptions = {}): SessionOf<"auth0"> {
  const s = new Fields<Auth0Session>(CONTEXT, raw);
  const expiresAt = dateOf(s, "expires_at");
  const idleExpiresAt = dateOf(s, "idle_expires_at");
  const devices = devicesOf(s.object("device"));
  const last = devices.at(-1);
  const metadata = s.nullableObject("session_metadata");
  return {
    provider: "auth0",
    id: text(s.string("id")),
    userId: text(s.string("user_id")),
    status: statusAt({ expiresAt, idleExpiresAt }, nowOf(options.now)),
    createdAt: dateOf(s, "created_at"),
    authenticatedAt: dateOf(s, "authenticated_at"),
    lastActiveAt: dateOf(s, "last_interacted_at"),
    expiresAt,
    idleExpiresAt,
    ip: last?.ip ?? null,
    userAgent: last?.userAgent ?? null,
    location: null,
    devices,
    clientIds: clientIdsOf(s.objects("clients")),
    authMethods: (s.object("authentication")?.objects("methods") ?? []).map(methodOf),
    assuranceLevel: null,
    metadata: metadata ? metadataOf(metadata) : null,
    raw,
  };
}
