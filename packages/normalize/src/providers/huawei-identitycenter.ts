import type { HuaweiIdentityCenterSession } from "@idp-sessions/huawei-identitycenter";
import { Fields } from "../guard.js";
import { isoOf } from "../iso.js";
import { readInteger } from "../readers.js";
import type { NormalizeOptions, SessionOf } from "../session.js";
import { nowOf, statusAt } from "../status.js";
import { text } from "../text.js";
import { epochMs, fromEpoch } from "../time.js";

const CONTEXT = { provider: "huawei-identitycenter", operation: "normalizeSession" } as const;

/** Huawei records the user agent wrapped in brackets, e.g. `[Mozilla/5.0 ...]`. */
function unwrapUserAgent(value: unknown): string | null {
  const ua = text(value);
  return ua?.startsWith("[") && ua.endsWith("]") ? text(ua.slice(1, -1)) : ua;
}

/**
 * Huawei IAM Identity Center: times are epoch seconds; no authentication time, activity, location,
 * clients or methods are recorded.
 */
export function normalizeHuaweiIdentityCenterSession(
  raw: HuaweiIdentityCenterSession,
  options: NormalizeOptions = {},
): SessionOf<"huawei-identitycenter"> {
  const s = new Fields<HuaweiIdentityCenterSession>(CONTEXT, raw, [
    "creation_time",
    "session_id",
    "session_not_valid_after",
    "user_id",
  ]);
  const expiresMs = epochMs(readInteger(s, "session_not_valid_after"));
  const expiresAt = expiresMs === null ? null : isoOf(expiresMs);
  const ip = text(s.nullableString("ip_address"));
  const userAgent = unwrapUserAgent(s.nullableString("user_agent"));
  return {
    provider: "huawei-identitycenter",
    id: s.string("session_id") ?? null,
    userId: s.string("user_id") ?? null,
    status: statusAt({ expiresAt: expiresMs, idleExpiresAt: null }, nowOf(options.now)),
    createdAt: fromEpoch(readInteger(s, "creation_time")),
    authenticatedAt: null,
    lastActiveAt: null,
    expiresAt,
    idleExpiresAt: null,
    ip,
    userAgent,
    location: null,
    devices: ip || userAgent ? [{ id: null, ip, userAgent, location: null, asn: null, seenAs: null }] : [],
    clientIds: [],
    authMethods: [],
    assuranceLevel: null,
    metadata: null,
    raw,
  };
}
