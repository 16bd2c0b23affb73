import type { MonoCloudSession } from "@idp-sessions/monocloud";
import { Fields } from "../guard.js";
import { isoOf } from "../iso.js";
import { readInteger, readStrings } from "../readers.js";
import type { NormalizeOptions, SessionLocation, SessionOf } from "../session.js";
import { nowOf, statusAt } from "../status.js";
import { coordinate, text } from "../text.js";
import { epochMs, fromEpoch } from "../time.js";

const CONTEXT = { provider: "monocloud", operation: "normalizeSession" } as const;
type Metadata = NonNullable<MonoCloudSession["last_metadata"]>;

function locationOf(meta: Fields<Metadata> | null | undefined): SessionLocation | null {
  if (!meta) return null;
  const location: SessionLocation = {
    country: text(meta.nullableString("country")),
    region: text(meta.nullableString("region")),
    city: text(meta.nullableString("city")),
    // MonoCloud sends coordinates as strings.
    latitude: coordinate(meta.nullableString("latitude"), 90),
    longitude: coordinate(meta.nullableString("longitude"), 180),
  };
  const { country, region, city, latitude, longitude } = location;
  const some = country !== null || region !== null || city !== null || latitude !== null || longitude !== null;
  return some ? location : null;
}

/**
 * MonoCloud: times are epoch seconds; `last_updated` is the last activity; where and how the session was
 * last used is in `last_metadata`. The session does not name its user (listNormalizedSessions fills it in).
 */
export function normalizeMonoCloudSession(
  raw: MonoCloudSession,
  options: NormalizeOptions = {},
): SessionOf<"monocloud"> {
  const s = new Fields<MonoCloudSession>(CONTEXT, raw, [
    "session_id",
    "client_ids",
    "initiated_at",
    "expires_at",
    "last_updated",
  ]);
  const expiresMs = epochMs(readInteger(s, "expires_at"));
  const expiresAt = expiresMs === null ? null : isoOf(expiresMs);
  const meta = s.nullableObject("last_metadata");
  const ip = text(meta?.nullableString("ip_address"));
  const userAgent = text(meta?.nullableString("user_agent"));
  return {
    provider: "monocloud",
    id: s.string("session_id") ?? null,
    userId: null,
    status: statusAt({ expiresAt: expiresMs, idleExpiresAt: null }, nowOf(options.now)),
    createdAt: fromEpoch(readInteger(s, "initiated_at")),
    authenticatedAt: null,
    lastActiveAt: fromEpoch(readInteger(s, "last_updated")),
    expiresAt,
    idleExpiresAt: null,
    ip,
    userAgent,
    location: locationOf(meta),
    devices: ip || userAgent ? [{ id: null, ip, userAgent, location: null, asn: null, seenAs: "last" }] : [],
    clientIds: readStrings(s, "client_ids"),
    authMethods: [],
    assuranceLevel: null,
    metadata: null,
    raw,
  };
}
