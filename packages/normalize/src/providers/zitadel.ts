import type { ZitadelSession } from "@idp-sessions/zitadel";
import { Fields, found } from "../guard.js";
import { readBoolean, readDateTime, readStrings } from "../readers.js";
import type { NormalizeOptions, SessionAuthMethod, SessionOf } from "../session.js";
import { nowOf, statusAt } from "../status.js";
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
  const methods: SessionAuthMethod[] = [];
  if (!factors) return methods;
  for (const [name, kind] of FACTORS) {
    const factor = factors.object(name);
    if (!factor) continue;
    // A user-verified WebAuthN factor is a passkey.
    const method =
      name === "webAuthN" && readBoolean(factor as Fields<NonNullable<Factors["webAuthN"]>>, "userVerified")
        ? "passkey"
        : kind;
    methods.push({ method, rawMethod: name, completedAt: readDateTime(factor, "verifiedAt"), aal: null });
  }
  return methods;
}

const decoder = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: true });
const NOT_ASCII = /[\u0080-\u00ff]/; // atob writes one character per byte

/** ZITADEL metadata values are base64 bytes: decoded to text where they are UTF-8, else kept as sent. */
function decodeMetadata(value: string): string {
  try {
    const binary = atob(value);
    // ASCII bytes are their own UTF-8 (a byte order mark is not ASCII): most values need no decoder.
    return NOT_ASCII.test(binary) ? decoder.decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))) : binary;
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
  const lowerHeader = header?.object("user-agent");
  const upperHeader = header?.object("User-Agent");
  const lower = lowerHeader && readStrings(lowerHeader, "values")[0];
  const upper = upperHeader && readStrings(upperHeader, "values")[0];
  const description = agent?.string("description");
  return text(lower) ?? text(upper) ?? text(description);
}

function metadataOf(metadata: Fields<NonNullable<ZitadelSession["metadata"]>>): Record<string, string> {
  const entries = Object.entries(metadata.value);
  entries.forEach((entry, index) => {
    // The keys are chosen by whoever logged in (a server can echo a credential into one), so a bad value is
    // reported by its position among the properties, and the pointer stops at the object.
    if (typeof entry[1] !== "string") metadata.refuse(`property #${index + 1} to be a string`, found(entry[1]));
    entry[1] = decodeMetadata(entry[1]);
  });
  return stringRecord(entries);
}

/**
 * ZITADEL: every member optional (proto3 omits zero values); the user is the `user` factor; the
 * authentication time is the latest factor verification; a session without an expiration date lives until
 * it is terminated.
 */
export function normalizeZitadelSession(raw: ZitadelSession, options: NormalizeOptions = {}): SessionOf<"zitadel"> {
  const s = new Fields<ZitadelSession>(CONTEXT, raw);
  const factors = s.object("factors");
  const authMethods = methodsOf(factors);
  const expiresAt = readDateTime(s, "expirationDate");
  const agent = s.object("userAgent");
  const ip = text(agent?.string("ip"));
  const userAgent = userAgentOf(agent);
  const fingerprintId = text(agent?.string("fingerprintId"));
  const metadata = s.object("metadata");
  return {
    provider: "zitadel",
    id: text(s.string("id")),
    userId: text(factors?.object("user")?.string("id")),
    status: statusAt({ expiresAt, idleExpiresAt: null, activeUntilTerminated: true }, nowOf(options.now)),
    createdAt: readDateTime(s, "creationDate"),
    authenticatedAt: latest(authMethods.map((m) => m.completedAt)),
    lastActiveAt: readDateTime(s, "changeDate"),
    expiresAt,
    idleExpiresAt: null,
    ip,
    userAgent,
    location: null,
    devices: ip || userAgent ? [{ id: fingerprintId, ip, userAgent, location: null, asn: null, seenAs: null }] : [],
    clientIds: [],
    authMethods,
    assuranceLevel: null,
    metadata: metadata ? metadataOf(metadata) : null,
    raw,
  };
}
