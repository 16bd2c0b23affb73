import { normalizeSession, type Session } from "@idp-sessions/normalize";

/** A clock after every date below, so that statuses do not depend on when the tests run. */
export const NOW = new Date("2025-06-01T00:00:00Z");

/** An Auth0 session whose user-chosen fields are `fields`; `methods` are Auth0 names (`pwd`, `sms`, ...). */
export function auth0Session(fields: { id?: string; userAgent?: string; ip?: string; methods?: string[] }): Session {
  return normalizeSession(
    "auth0",
    {
      id: fields.id ?? "sess_0123456789abcdefghijklmnopqrstuv",
      user_id: "auth0|64f1c2a9e3b7d8f0a1b2c3d4",
      created_at: "2025-05-01T10:00:00.000Z",
      expires_at: "2025-05-08T10:00:00.000Z",
      device: {
        ...(fields.userAgent !== undefined ? { last_user_agent: fields.userAgent } : {}),
        ...(fields.ip !== undefined ? { last_ip: fields.ip } : {}),
      },
      authentication: {
        methods: (fields.methods ?? ["pwd"]).map((name) => ({ name, timestamp: "2025-05-01T10:00:00.000Z" })),
      },
    },
    { now: NOW },
  );
}

/** The hostile values a client can put in its session: screen clears, line breaks, bidi overrides. */
export const HOSTILE = {
  id: "abc\u001b[2J\u001b[H\rdef\nghi",
  userAgent: "Mozilla/5.0 \u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007 \u202egnp.exe\u202c \u009b31m",
  ip: "203.0.113.9\u001b[1A\u2066",
};
