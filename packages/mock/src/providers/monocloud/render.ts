import type { SessionFacts } from "../../facts.js";
import { chars } from "../../random.js";

const seconds = (ms: number) => Math.floor(ms / 1000);

/** One session as MonoCloud writes it (`UserSession`), in the listing and alone. */
export function render(f: SessionFacts) {
  const random = f.random;
  return {
    session_id: chars(random, "0123456789ABCDEF", 32),
    client_ids: [f.clientId],
    initiated_at: seconds(f.createdMs),
    expires_at: seconds(f.expiresMs),
    last_updated: seconds(f.lastActiveMs),
    last_metadata:
      f.index % 6 === 5
        ? null
        : {
            ip_address: f.ip,
            user_agent: f.userAgent,
            city: f.place.city,
            region: f.place.region,
            country: f.place.country,
            latitude: f.place.latitude.toFixed(6),
            longitude: f.place.longitude.toFixed(6),
          },
  };
}
