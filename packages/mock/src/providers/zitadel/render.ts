import type { SessionFacts } from "../../facts.js";
import { person } from "../../facts.js";
import { digits, hex } from "../../random.js";

const FACTOR: Record<SessionFacts["methods"][number], string> = {
  password: "password",
  federated: "intent",
  passkey: "webAuthN",
  totp: "totp",
  sms: "otpSms",
  email: "otpEmail",
  recovery_code: "recoveryCode",
};

const iso = (ms: number) => new Date(ms).toISOString();
const b64 = (text: string) => Buffer.from(text).toString("base64");

/** One session as ZITADEL's gateway writes it (`session.v2.Session`), in the search and alone. */
export function render(userId: string, userIndex: number, orgId: string, f: SessionFacts, sequence: number) {
  const random = f.random;
  const factors: Record<string, Record<string, unknown>> = {
    user: {
      verifiedAt: iso(f.createdMs),
      id: userId,
      loginName: person(userIndex).email,
      displayName: person(userIndex).name,
      organizationId: orgId,
    },
  };
  f.methods.forEach((m, i) => {
    factors[FACTOR[m]] = {
      verifiedAt: iso(f.authenticatedMs + i * 1000),
      ...(m === "passkey" ? { userVerified: true } : {}),
    };
  });
  return {
    id: digits(random, 18),
    creationDate: iso(f.createdMs),
    changeDate: iso(f.lastActiveMs),
    // uint64 as a string, as the gateway's proto3 JSON mapping writes it.
    sequence: String(sequence),
    factors,
    ...(f.index % 3 === 0 ? { metadata: { device: b64(f.place.city) } } : {}),
    userAgent: {
      fingerprintId: hex(random, 16),
      ip: f.ip,
      description: f.userAgent.includes("iPhone") ? "Safari on iOS" : "Browser",
      header: { "user-agent": { values: [f.userAgent] } },
    },
    // Some sessions are created without a lifetime: they live until terminated, and proto3 omits the field.
    ...(f.index % 7 === 6 ? {} : { expirationDate: iso(f.expiresMs) }),
  };
}
