/**
 * The shared vocabulary of authentication methods. Each mapper keeps the provider's own name in
 * `rawMethod`; anything a provider adds later maps to `other` rather than failing.
 */
export type AuthMethodKind =
  | "password"
  | "federated"
  | "passkey"
  | "webauthn"
  | "totp"
  | "sms"
  | "email"
  | "one_time_code"
  | "recovery_code"
  | "recovery_link"
  | "push"
  | "identifier"
  | "device"
  | "other";

/** Looks a provider's method name up in its table; unknown names are `other`. */
export function kindOf(table: Readonly<Record<string, AuthMethodKind>>, name: string): AuthMethodKind {
  return Object.hasOwn(table, name) ? (table[name] ?? "other") : "other";
}
