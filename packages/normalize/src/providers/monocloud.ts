import type { MonoCloudSession } from "@idp-sessions/monocloud";
import type { NormalizeOptions, SessionLocation, SessionOf } from "../session.js";
import { statusOf } from "../status.js";
import { coordinate, text } from "../text.js";
import { fromEpoch } from "../time.js";

function locationOf(meta: MonoCloudSession["last_metadata"]): SessionLocation | null {
  if (!meta) return null;
  const location: SessionLocation = {
    country: text(meta.country),
    region: text(meta.region),
    city: text(meta.city),
    // MonoCloud sends coordinates as strings.
    latitude: coordinate(meta.latitude, 90),
    longitude: coordinate(meta.longitude, 180),
  };
  return Object.values(location).some((value) => value !== null) ? location : null;
}

/**
 * MonoCloud: times are epoch seconds; `last_updated` is the last activity; where and how the session was
 * last used is in `last_metadata`. The session does not name its user (listNormalizedSessions fills it in).
 */
export function normalizeMonoCloudSession(
  raw: MonoCloudSession,
  options: NormalizeOptions = {},
): SessionOf<"monocloud"> {
  const expiresAt = fromEpoch(raw.expires_at);
  const ip = text(raw.last_metadata?.ip_address);
  const userAgent = text(raw.last_metadata?.user_agent);
  return {
    provider: "monocloud",
    id: raw.session_id,
    userId: null,
    status: statusOf({ expiresAt, idleExpiresAt: null }, options.now ?? new Date()),
    createdAt: fromEpoch(raw.initiated_at),
    authenticatedAt: null,
    lastActiveAt: fromEpoch(raw.last_updated),
    expiresAt,
    idleExpiresAt: null,
    ip,
    userAgent,
    location: locationOf(raw.last_metadata),
    devices: ip || userAgent ? [{ id: null, ip, userAgent, location: null, asn: null, seenAs: "last" }] : [],
    clientIds: [...(raw.client_ids ?? [])],
    authMethods: [],
    assuranceLevel: null,
    metadata: null,
    raw,
  };
}
