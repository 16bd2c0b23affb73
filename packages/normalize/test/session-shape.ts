import { expect } from "vitest";
import type { Session } from "../src/index.js";

const TIMES = ["createdAt", "authenticatedAt", "lastActiveAt", "expiresAt", "idleExpiresAt"] as const;
const TEXTS = ["id", "userId", "ip", "userAgent", "assuranceLevel"] as const;
const STATUSES = ["active", "expired", "inactive", "unknown"];

const textOrNull = (value: unknown) => value === null || typeof value === "string";
const isoOrNull = (value: unknown) =>
  value === null || (typeof value === "string" && new Date(value).toISOString() === value);

/** What the Session type promises, checked at run time: no hostile value gets through a mapper as is. */
export function expectSessionShape(session: Session, raw: unknown): void {
  expect(session.raw).toBe(raw);
  expect(STATUSES).toContain(session.status);
  for (const field of TEXTS) expect(textOrNull(session[field]), field).toBe(true);
  for (const field of TIMES) expect(isoOrNull(session[field]), field).toBe(true);
  for (const d of session.devices) {
    expect([d.id, d.ip, d.userAgent, d.location, d.asn].every(textOrNull)).toBe(true);
    expect([null, "initial", "last"]).toContain(d.seenAs);
  }
  expect(session.clientIds.every((id) => typeof id === "string")).toBe(true);
  for (const m of session.authMethods) {
    expect(typeof m.method === "string" && typeof m.rawMethod === "string").toBe(true);
    expect(isoOrNull(m.completedAt) && textOrNull(m.aal)).toBe(true);
  }
  if (session.location) {
    const { country, region, city, latitude, longitude } = session.location;
    expect([country, region, city].every(textOrNull)).toBe(true);
    for (const n of [latitude, longitude]) expect(n === null || Number.isFinite(n)).toBe(true);
  }
  if (session.metadata) {
    expect(Object.getPrototypeOf(session.metadata)).toBe(Object.prototype);
    expect(Object.values(session.metadata).every((v) => typeof v === "string")).toBe(true);
  }
}
