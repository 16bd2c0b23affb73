import type { SessionFacts } from "../../facts.js";
import { person } from "../../facts.js";
import type { ProviderContext } from "../../provider.js";
import { uuid } from "../../random.js";

const METHOD: Record<SessionFacts["methods"][number], string> = {
  password: "password",
  federated: "oidc",
  passkey: "passkey",
  totp: "totp",
  sms: "code",
  email: "code",
  recovery_code: "lookup_secret",
};
// Kratos writes RFC 3339 with nanoseconds.
const rfc3339 = (ms: number) => new Date(ms).toISOString().replace(/Z$/, "000000Z");

/**
 * One session as Kratos writes it in the listing (identity and devices expanded). `disabled`: revoked by
 * `disableSession`, so inactive although it has not expired.
 */
export function render(
  identityId: string,
  userIndex: number,
  f: SessionFacts,
  context: ProviderContext,
  disabled = false,
) {
  const random = f.random;
  const { email } = person(userIndex);
  // Kratos marks a session inactive once it expires or is revoked.
  const active = f.active && f.expiresMs > context.referenceMs && !disabled;
  return {
    id: uuid(random),
    active,
    expires_at: rfc3339(f.expiresMs),
    authenticated_at: rfc3339(f.authenticatedMs),
    authenticator_assurance_level: f.methods.length > 1 ? "aal2" : "aal1",
    authentication_methods: f.methods.map((m, i) => ({
      method: METHOD[m],
      aal: i === 0 ? "aal1" : "aal2",
      completed_at: rfc3339(f.authenticatedMs + i * 1000),
      ...(m === "federated" ? { provider: "google" } : {}),
    })),
    issued_at: rfc3339(f.createdMs),
    identity: {
      id: identityId,
      // Sent only when set (`json:"external_id,omitempty"`): every other identity has one here.
      ...(userIndex % 2 === 0 ? { external_id: `crm-${String(userIndex).padStart(4, "0")}` } : {}),
      schema_id: "default",
      schema_url: "http://127.0.0.1/schemas/ZGVmYXVsdA",
      state: "active",
      traits: { email },
      metadata_public: null,
      metadata_admin: null,
      organization_id: null,
      // Ory Network names the identity's home region; a self-hosted Kratos sends none (omitempty).
      ...(context.kratosAuth ? { region: "eu-central" } : {}),
      created_at: "2024-01-02T10:00:00Z",
      updated_at: "2024-01-02T10:00:00Z",
    },
    devices: [
      {
        id: uuid(random),
        ip_address: f.index % 5 === 4 ? null : f.ip,
        user_agent: f.userAgent,
        location: f.index % 5 === 4 ? null : `${f.place.city}, ${f.place.countryCode}`,
      },
    ],
  };
}
