import type { ZitadelSession } from "@idp-sessions/zitadel";
import type { NormalizeOptions, SessionAuthMethod, SessionOf } from "../session.js";
import { statusOf } from "../status.js";
import { stringRecord, text } from "../text.js";
import { fromRfc3339, latest } from "../time.js";
import type { AuthMethodKind } from "../vocabulary.js";

type Factors = NonNullable<ZitadelSession["factors"]>;

// The `user` factor is the identification step (the user was checked), not a credential.
const FACTORS: readonly (readonly [keyof Factors, AuthMethodKind])[] = [
  ["user", "identifier"],
  ["password", "password"],
  ["webAuthN", "webauthn"],
  ["intent", "federated"],
  ["totp", "totp"],
  ["otpSms", "sms"],
  ["otpEmail", "email"],
  ["recoveryCode", "recovery_code"],
];

function methodsOf(factors: Factors): SessionAuthMethod[] {
  return FACTORS.flatMap(([name, kind]) => {
    const factor = factors[name];
    if (!factor) return [];
    // A user-verified WebAuthN factor is a passkey.
    const method = name === "webAuthN" && factors.webAuthN?.userVerified ? "passkey" : kind;
    return [{ method, rawMethod: name, completedAt: fromRfc3339(factor.verifiedAt), aal: null }];
  });
}

const decoder = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: true });

/** ZITADEL metadata values are base64 bytes: decoded to text where they are UTF-8, else kept as sent. */
function decodeMetadata(value: string): string {
  try {
    const bytes = Uint8Array.from(atob(value), (c) => c.charCodeAt(0));
    return decoder.decode(bytes);
  } catch {
    return value;
  }
}

/**
 * ZITADEL: every member optional (proto3 omits zero values); the user is the `user` factor; the
 * authentication time is the latest factor verification; a session without an expiration date lives until
 * it is terminated.
 */
export function normalizeZitadelSession(raw: ZitadelSession, options: NormalizeOptions = {}): SessionOf<"zitadel"> {
  const authMethods = methodsOf(raw.factors ?? {});
  const expiresAt = fromRfc3339(raw.expirationDate);
  const ip = text(raw.userAgent?.ip);
  const headers = raw.userAgent?.header ?? {};
  // The recorded User-Agent header when there is one; else ZITADEL's own description of the agent.
  const userAgent =
    text((headers["user-agent"] ?? headers["User-Agent"])?.values?.[0]) ?? text(raw.userAgent?.description);
  return {
    provider: "zitadel",
    id: text(raw.id),
    userId: text(raw.factors?.user?.id),
    status: statusOf({ expiresAt, idleExpiresAt: null, activeUntilTerminated: true }, options.now ?? new Date()),
    createdAt: fromRfc3339(raw.creationDate),
    authenticatedAt: latest(authMethods.map((m) => m.completedAt)),
    lastActiveAt: fromRfc3339(raw.changeDate),
    expiresAt,
    idleExpiresAt: null,
    ip,
    userAgent,
    location: null,
    devices:
      ip || userAgent
        ? [{ id: text(raw.userAgent?.fingerprintId), ip, userAgent, location: null, asn: null, seenAs: null }]
        : [],
    clientIds: [],
    authMethods,
    assuranceLevel: null,
    metadata: raw.metadata
      ? stringRecord(Object.entries(raw.metadata).map(([key, value]) => [key, decodeMetadata(value)] as const))
      : null,
    raw,
  };
}
