import type { SessionFacts } from "../../facts.js";
import { alnum } from "../../random.js";

const AMR: Record<SessionFacts["methods"][number], { name: string; type?: string }> = {
  password: { name: "pwd" },
  federated: { name: "federated" },
  passkey: { name: "passkey" },
  totp: { name: "mfa", type: "otp" },
  sms: { name: "sms" },
  email: { name: "email" },
  recovery_code: { name: "mfa", type: "recovery-code" },
};

const iso = (ms: number) => new Date(ms).toISOString();

/** One session as Auth0 writes it (`SessionResponseContent`), the same in the listing and `GET /sessions/{id}`. */
export function render(userId: string, f: SessionFacts) {
  const random = f.random;
  return {
    id: alnum(random, 32),
    user_id: userId,
    created_at: iso(f.createdMs),
    updated_at: iso(f.lastActiveMs),
    authenticated_at: iso(f.authenticatedMs),
    idle_expires_at: iso(f.idleExpiresMs),
    expires_at: iso(f.expiresMs),
    last_interacted_at: iso(f.lastActiveMs),
    device: {
      initial_user_agent: f.userAgent,
      initial_ip: f.ip,
      initial_asn: "64496",
      last_user_agent: f.userAgent,
      last_ip: f.ip,
      last_asn: "64496",
    },
    clients: [{ client_id: f.clientId }],
    authentication: {
      methods: f.methods.map((m, i) => ({ ...AMR[m], timestamp: iso(f.authenticatedMs + i * 1000) })),
    },
    cookie: { mode: f.index % 3 === 0 ? "non-persistent" : "persistent" },
    session_metadata: f.index % 4 === 0 ? { device_name: f.place.city } : null,
  };
}
