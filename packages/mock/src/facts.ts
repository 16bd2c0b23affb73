import { int, pick, type Random, seeded } from "./random.js";

/** What every provider's fake session is rendered from: one session's facts, independent of format. */
export interface SessionFacts {
  index: number;
  random: Random;
  createdMs: number;
  authenticatedMs: number;
  lastActiveMs: number;
  expiresMs: number;
  idleExpiresMs: number;
  active: boolean;
  ip: string;
  userAgent: string;
  place: Place;
  /** Method names on the shared vocabulary, in the order they were completed. */
  methods: ("password" | "federated" | "passkey" | "totp" | "sms" | "email" | "recovery_code")[];
  clientId: string;
}

export interface Place {
  city: string;
  region: string;
  country: string;
  countryCode: string;
  latitude: number;
  longitude: number;
}

const PLACES: readonly Place[] = [
  {
    city: "London",
    region: "England",
    country: "United Kingdom",
    countryCode: "GB",
    latitude: 51.5072,
    longitude: -0.1276,
  },
  { city: "Berlin", region: "Berlin", country: "Germany", countryCode: "DE", latitude: 52.52, longitude: 13.405 },
  { city: "Lagos", region: "Lagos", country: "Nigeria", countryCode: "NG", latitude: 6.5244, longitude: 3.3792 },
  {
    city: "São Paulo",
    region: "São Paulo",
    country: "Brazil",
    countryCode: "BR",
    latitude: -23.5558,
    longitude: -46.6396,
  },
  {
    city: "Singapore",
    region: "Singapore",
    country: "Singapore",
    countryCode: "SG",
    latitude: 1.3521,
    longitude: 103.8198,
  },
  {
    city: "Los Angeles",
    region: "California",
    country: "United States of America",
    countryCode: "US",
    latitude: 34.0432,
    longitude: -118.2509,
  },
];

const USER_AGENTS: readonly string[] = [
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36",
];

const METHOD_SETS: readonly SessionFacts["methods"][] = [
  ["password"],
  ["password", "totp"],
  ["federated"],
  ["passkey"],
  ["password", "sms"],
  ["email"],
  ["password", "recovery_code"],
];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** IPs from the documentation ranges (RFC 5737 / RFC 3849), so that no real address appears. */
function ipOf(random: Random): string {
  if (random() < 0.8) return `${pick(random, ["192.0.2", "198.51.100", "203.0.113"])}.${int(random, 1, 254)}`;
  return `2001:db8:${hexWord(random)}:${hexWord(random)}::${hexWord(random)}`;
}

function hexWord(random: Random): string {
  return int(random, 0, 0xffff).toString(16);
}

/**
 * The facts of session `index` of user `user` for `seed`, relative to `referenceMs`: deterministic, and
 * computed on demand so that a million sessions never sit in memory. Newer sessions have higher indexes;
 * older ones have mostly expired, the newest never has.
 */
export function sessionFacts(
  seed: number,
  provider: number,
  user: number,
  index: number,
  count: number,
  referenceMs: number,
): SessionFacts {
  const random = seeded(seed, provider, user, index);
  // Spread the sessions over the last 30 days, oldest first, with jitter inside each slot.
  const span = 30 * DAY;
  const slot = span / Math.max(count, 1);
  const jittered = Math.floor((referenceMs - span + index * slot + random() * slot * 0.9) / 1000) * 1000;
  const drawn = pick(random, [8 * HOUR, 1 * DAY, 3 * DAY, 7 * DAY, 14 * DAY]);
  // Every user's newest session is live (started in the last hours, a day or more to go), so that a
  // person always has something to list and to revoke, whatever the hour; the others are as drawn.
  const newest = index === count - 1;
  const createdMs = newest ? Math.max(jittered, Math.floor((referenceMs - 6 * HOUR) / 1000) * 1000) : jittered;
  const lifetime = newest ? Math.max(drawn, 3 * DAY) : drawn;
  const authenticatedMs = createdMs + int(random, 0, 5) * 1000;
  const lastActiveMs = Math.max(
    createdMs,
    Math.min(Math.floor(referenceMs / 1000) * 1000, createdMs + int(random, 0, lifetime / 1000) * 1000),
  );
  const expiresMs = createdMs + lifetime;
  return {
    index,
    random,
    createdMs,
    authenticatedMs,
    lastActiveMs,
    expiresMs,
    idleExpiresMs: Math.min(expiresMs, lastActiveMs + 3 * DAY),
    active: random() < 0.9 || newest,
    ip: ipOf(random),
    userAgent: pick(random, USER_AGENTS),
    place: pick(random, PLACES),
    methods: pick(random, METHOD_SETS),
    clientId: pick(random, ["dashboard-web", "mobile-ios", "mobile-android", "cli"]),
  };
}

/** One person, known to every provider under each provider's own kind of id. */
export const PEOPLE: readonly { name: string; email: string }[] = [
  { name: "Ada Lovelace", email: "ada@example.com" },
  { name: "Grace Hopper", email: "grace@example.com" },
  { name: "Alan Turing", email: "alan@example.com" },
  { name: "Katherine Johnson", email: "katherine@example.com" },
  { name: "Edsger Dijkstra", email: "edsger@example.com" },
];

export function person(index: number): { name: string; email: string } {
  const base = PEOPLE[index % PEOPLE.length] ?? { name: "User", email: "user@example.com" };
  if (index < PEOPLE.length) return base;
  const [local, domain] = base.email.split("@");
  return { name: `${base.name} ${index}`, email: `${local}+${index}@${domain}` };
}
