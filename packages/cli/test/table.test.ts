import { normalizeSession } from "@idp-sessions/normalize";
import { beforeAll, describe, expect, it } from "vitest";
import { table } from "../src/table/table.js";
import { displayWidth } from "../src/text/width.js";
import { widest } from "./helpers/fake-io.js";
import { mockSessions } from "./helpers/mock-sessions.js";
import { auth0Session, HOSTILE, NOW } from "./helpers/sessions.js";

type Sessions = Awaited<ReturnType<typeof mockSessions>>;
let sessions: Sessions = [];
beforeAll(async () => {
  sessions = await mockSessions(6);
});

const header = (text: string) => (text.split("\n")[0] ?? "").split(/ {2,}/);

/** Whether `text` holds a character a terminal acts on: C0, DEL, C1, bidi controls. */
function controls(text: string): boolean {
  return [...text.replaceAll("\n", "")].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069)
    );
  });
}

describe("the table on a pipe (no width)", () => {
  it("shows every column in full: ids, times, methods, nothing cut or hidden", () => {
    const text = table(sessions);
    expect(header(text)).toEqual([
      "provider",
      "session id",
      "status",
      "ip",
      "user agent",
      "created",
      "expires",
      "methods",
    ]);
    for (const s of sessions) {
      if (s.id) expect(text).toContain(s.id);
      if (s.createdAt) expect(text).toContain(s.createdAt);
    }
    expect(text).toContain("identifier+");
    expect(text).not.toContain("…");
    expect(text).not.toContain("Hidden");
  });
});

describe("the table in a terminal", () => {
  it.each([24, 40, 60, 80, 100, 120, 160, 240])("fits %i columns, notes included", (width) => {
    expect(widest(table(sessions, { width }))).toBeLessThanOrEqual(width);
  });

  it("at 80 columns keeps provider, status, IP and a readable user agent, and names what it hid", () => {
    const text = table(sessions, { width: 80 });
    expect(header(text)).toEqual(["provider", "status", "ip", "user agent"]);
    expect(text).toMatch(/(Chrome|Safari|Firefox) \d+ on (Windows|macOS|iOS|Linux|Android)/);
    expect(text).not.toContain("Mozilla/5.0");
    expect(text).toContain("Hidden to fit 80 columns: session id, created, expires, methods.");
  });

  it("at 120 columns adds expiry times to the minute and sign-in methods", () => {
    const text = table(sessions, { width: 120 });
    expect(header(text)).toEqual(["provider", "status", "ip", "user agent", "expires", "methods"]);
    expect(text).toMatch(/ \d{4}-\d\d-\d\d \d\d:\d\dZ /);
    expect(text).toContain("Hidden to fit 120 columns: session id, created.");
  });

  it("shows everything, short ids first, when the terminal is wide enough", () => {
    const all = table(sessions);
    const fullWidth = widest(all);
    expect(table(sessions, { width: fullWidth })).toBe(all);
    const narrower = table(sessions, { width: fullWidth - 20 });
    expect(header(narrower)).toContain("session id");
    expect(narrower).toMatch(/^\S+\s+\S{8}…\s/m);
  });
});

describe("sign-in methods in a narrow column", () => {
  it("are cut between methods, never through one", () => {
    const many = [
      auth0Session({ ip: "192.0.2.1", userAgent: "curl/8.5.0", methods: ["pwd", "sms", "email", "passkey"] }),
      auth0Session({ ip: "192.0.2.2", userAgent: "curl/8.5.0", methods: ["federated", "passkey"] }),
    ];
    const whole = /^(password|sms|email|passkey|federated)(\+(password|sms|email|passkey|federated))*(\+…)?$/;
    let cutSeen = false;
    for (let width = 30; width <= 80; width++) {
      const lines = table(many, { width }).split("\n\n")[0]?.split("\n") ?? [];
      if (!lines[0]?.endsWith("methods")) continue;
      for (const line of lines.slice(2)) {
        const cell = line.split(/ {2,}/).at(-1) ?? "";
        expect(cell).toMatch(whole);
        cutSeen ||= cell.endsWith("+…");
      }
    }
    expect(cutSeen).toBe(true);
  });
});

describe("hostile session fields", () => {
  const hostile = [
    auth0Session(HOSTILE),
    auth0Session({ userAgent: "Mozilla/5.0 (Windows NT 10.0) Chrome/138.0", ip: "192.0.2.1" }),
  ];
  /** The lines before the notes: a header, a rule and one line per session, whatever the fields held. */
  const rows = (text: string) => text.split("\n\n")[0]?.split("\n") ?? [];

  it.each([undefined, 80, 120])("never reach the terminal as control characters (width %s)", (width) => {
    const text = table(hostile, { width });
    expect(controls(text)).toBe(false);
    expect(rows(text)).toHaveLength(4);
  });

  it("are shown escaped, so that nothing is hidden", () => {
    const text = table(hostile);
    expect(text).toContain("abc\\x1b[2J\\x1b[H\\rdef\\nghi");
    expect(text).toContain("\\u202egnp.exe\\u202c");
    expect(text).toContain("203.0.113.9\\x1b[1A\\u2066");
  });

  it("keep columns aligned with wide characters and emoji, measured in terminal columns", () => {
    const wide = [
      auth0Session({ id: "東京-セッション-👩‍💻", userAgent: "ブラウザ 🦊" }),
      auth0Session({ id: "plain" }),
    ];
    for (const width of [undefined, 80]) {
      const lines = table(wide, { width }).split("\n").slice(2, 4);
      const statusAt = lines.map((line) => displayWidth(line.slice(0, line.indexOf("expired"))));
      expect(new Set(statusAt).size).toBe(1);
    }
  });
});

describe("empty cells", () => {
  const zitadel = normalizeSession("zitadel", { id: "z1", creationDate: "2025-05-01T10:00:00Z" }, { now: NOW });
  const withoutIp = auth0Session({ userAgent: "curl/8.5.0" });

  it("say why: not recorded by the provider, left out by its API, or not sent", () => {
    const mixed = [...sessions.filter((s) => s.provider !== "zitadel"), zitadel, withoutIp];
    const text = table(mixed);
    expect(text).toContain("— huawei-identitycenter does not record sign-in methods");
    expect(text).toContain("— monocloud does not record sign-in methods");
    expect(text).toContain("— zitadel sessions without an expiry time last until they are terminated");
    expect(text).toContain("— auth0 sent no IP addresses for some sessions");
    expect(text).not.toContain("auth0 does not record");
  });

  it("explain only the columns that are shown", () => {
    const text = table(sessions, { width: 80 });
    expect(text).not.toContain("sign-in methods");
    expect(table(sessions, { width: 120 })).toContain("huawei-identitycenter does not record sign-in methods");
  });
});

describe("a table of a very large listing", () => {
  it("renders 200,000 sessions (column widths are not computed by spreading every cell into one call)", () => {
    const one = auth0Session({ id: "s", userAgent: "curl/8.5.0", ip: "192.0.2.1" });
    const lines = table(Array.from({ length: 200_000 }, () => one)).split("\n");
    expect(lines.length).toBeGreaterThan(200_000);
  }, 60_000);
});
