import type { ZitadelSession } from "@idp-sessions/zitadel";
import { Fields } from "../guard.js";
import type { NormalizeOptions, SessionAuthMethod, SessionOf } from "../session.js";
import { statusOf } from "../status.js";
import { stringRecord, text } from "../text.js";
import { latest } from "../time.js";
import type { AuthMethodKind } from "../vocabulary.js";

const CONTEXT = { provider: "zitadel", operation: "normalizeSession" } as const;

type Factors = NonNullable<ZitadelSession["factors"]>;

// The `user` factor is the identification step (the user was checked), not a credential.
const FACTORS: readonly (readonly [keyof Factors & string, AuthMethodKind])[] = [
  ["user", "identifier"],
  ["password", "password"],
  ["webAuthN", "webauthn"],
  ["intent", "federated"],
  ["totp", "totp"],
  ["otpSms", "sms"],
  ["otpEmail", "email"],
  ["recoveryCode", "recovery_code"],
];

function methodsOf(factors: Fields<Factors> | undefined): SessionAuthMethod[] {
  if (!factors) return [];
  return FACTORS.flatMap(([name, kind]) => {
    const factor = factors.object(name);
    if (!factor) return [];
    // A user-verified WebAuthN factor is a passkey.
    const method = name === "webAuthN" && factors.object("webAuthN")?.boolean("userVerified") ? "passkey" : kind;
    return [{ method, rawMethod: name, completedAt: factor.dateTime("verifiedAt"), aal: null }];
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
 * The recorded User-Agent header when there is one; else ZITADEL's own description of the agent. Every
 * candidate is read (and so checked), not only the one used.
 */
function userAgentOf(agent: Fields<NonNullable<ZitadelSession["userAgent"]>> | undefined): string | null {
  const header = agent?.object("header");
  const [lower, upper] = [header?.object("user-agent"), header?.object("User-Agent")].map(
    (h) => h?.strings("values")[0],
  );
  const description = agent?.string("description");
  return text(lower) ?? text(upper) ?? text(description);
}

/**
 * ZITADEL: every member optional (proto3 omits zero values); the user is the `user` factor; the
 * authentication time is the latest factor verification; a session without an expiration date lives until
 * it is terminated.
 */
export function normalizeZitadelSession(raw: ZitadelSession, options: NormalizeOptions = {}): SessionOf<"zitadel"> {
  const s = new Fields<ZitadelSession>(CONTEXT, raw, "");
  const factors = s.object("factors");
  const authMethods = methodsOf(factors);
  const expiresAt = s.dateTime("expirationDate");
  const agent = s.object("userAgent");
  const ip = text(agent?.string("ip"));
  const userAgent = userAgentOf(agent);
  const fingerprintId = text(agent?.string("fingerprintId"));
  const metadata = s.object("metadata");
  return {
    provider: "zitadel",
    id: text(s.string("id")),
    userId: text(factors?.object("user")?.string("id")),
    status: statusOf({ expiresAt, idleExpiresAt: null, activeUntilTerminated: true }, options.now ?? new Date()),
    createdAt: s.dateTime("creationDate"),
    authenticatedAt: latest(authMethods.map((m) => m.completedAt)),
    lastActiveAt: s.dateTime("changeDate"),
    expiresAt,
    idleExpiresAt: null,
    ip,
    userAgent,
    location: null,
    devices: ip || userAgent ? [{ id: fingerprintId, ip, userAgent, location: null, asn: null, seenAs: null }] : [],
    clientIds: [],
    authMethods,
    assuranceLevel: null,
    metadata: metadata
      ? stringRecord(metadata.stringEntries().map(([key, value]) => [key, decodeMetadata(value)] as const))
      : null,
    raw,
  };
}
