import { describe, expect, it } from "vitest";
import { auth0Raw, type Handler, hostileServer, json } from "./helpers/hostile-server.js";
import { run } from "./helpers/run-cli.js";
import { HOSTILE } from "./helpers/sessions.js";

// Stand-ins for an Auth0 tenant whose session fields (and error messages) were chosen by an attacker: the
// terminal gets escapes, a spreadsheet gets text, json and ndjson keep the values as the provider sent them.

/** Runs `list` against a server answering with `handler`; the server is closed before this returns. */
async function list(handler: Handler, format: string, env: Record<string, string> = {}) {
  const server = await hostileServer(handler);
  try {
    const args = ["list", "--provider", "auth0", "--user", "auth0|attacker", "--format", format];
    return await run([...args, "--base-url", `${server.origin}/api/v2`], { AUTH0_TOKEN: "t", ...env });
  } finally {
    await server.close();
  }
}

const serve =
  (...sessions: unknown[]): Handler =>
  (_req, res) =>
    json(res, { sessions });

const HOSTILE_SESSION = auth0Raw(HOSTILE.id, { last_user_agent: HOSTILE.userAgent, last_ip: HOSTILE.ip });

/** C0 (but the line feeds that end lines), DEL, C1 and bidi controls. */
function controls(text: string): string[] {
  return [...text].filter((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (
      (code < 0x20 && code !== 0x0a) ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069)
    );
  });
}

/** RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "," || char === "\n")) {
      row.push(cell);
      cell = "";
      if (char === "\n") {
        rows.push(row);
        row = [];
      }
    } else cell += char;
  }
  return rows;
}

describe("idp-sessions list with hostile session fields", () => {
  it.each<Record<string, string>>([{}, { COLUMNS: "80" }, { COLUMNS: "120" }])(
    "writes no control character to the terminal, and a line break forges no row (%j)",
    async (env) => {
      const { stdout, code } = await list(serve(HOSTILE_SESSION), "table", env);
      expect(code).toBe(0);
      expect(controls(stdout)).toEqual([]);
      expect(stdout).toContain("\\x1b[");
      expect(stdout.split("\n").filter((l) => l.startsWith("auth0"))).toHaveLength(1);
    },
  );

  it("escapes backslashes, so that a typed \\x1b reads differently from an escaped ESC", async () => {
    const typed = auth0Raw("typed", { last_user_agent: "a\\x1b[2J" });
    const real = auth0Raw("real", { last_user_agent: "a\u001b[2J" });
    const { stdout } = await list(serve(typed, real), "table");
    const cell = (id: string) => stdout.split("\n").find((l) => l.startsWith("auth0") && l.includes(` ${id} `));
    expect(cell("typed")).toContain("a\\\\x1b[2J");
    expect(cell("real")).toContain("a\\x1b[2J");
    expect(cell("real")).not.toContain("a\\\\x1b");
  });

  it("csv: formula cells get a leading ' and quotes, control characters are escaped, one row per session", async () => {
    const formulas = auth0Raw('=HYPERLINK("https://evil.example","x")', {
      last_user_agent: "+cmd|' /C calc'!A0",
      last_ip: "-2+3",
    });
    const at = auth0Raw("@SUM(A1:A9)", { last_user_agent: "\tTAB", last_ip: "\r=1" });
    const { stdout, code } = await list(serve(formulas, at, HOSTILE_SESSION), "csv");
    expect(code).toBe(0);
    expect(controls(stdout)).toEqual([]);
    const rows = parseCsv(stdout);
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.length === 8)).toBe(true);
    const [, first, second, third] = rows;
    expect(first?.slice(1, 5)).toEqual([
      '\'=HYPERLINK("https://evil.example","x")',
      "expired",
      "'-2+3",
      "'+cmd|' /C calc'!A0",
    ]);
    expect(second?.slice(1, 5)).toEqual(["'@SUM(A1:A9)", "expired", "'\\r=1", "'\\tTAB"]);
    expect(third?.[1]).toBe("abc\\x1b[2J\\x1b[H\\rdef\\nghi");
    // Every neutralised cell is quoted in the file itself.
    expect(stdout).toContain(`"'-2+3"`);
  });

  it("keeps the raw values in json and ndjson", async () => {
    const [session] = JSON.parse((await list(serve(HOSTILE_SESSION), "json")).stdout) as { userAgent: string }[];
    expect(session).toMatchObject({ id: HOSTILE.id, userAgent: HOSTILE.userAgent, ip: HOSTILE.ip });
    const line = (await list(serve(HOSTILE_SESSION), "ndjson")).stdout.trim();
    expect(JSON.parse(line)).toMatchObject({ userAgent: HOSTILE.userAgent });
  });

  it("escapes what the server put in its error message", async () => {
    const message = "no\u001b[2J\u001b[Hsuch user\r\nidp-sessions list: all clear \u202eexe.txt\\x1b";
    const { stderr, code } = await list((_req, res) => json(res, { statusCode: 404, message }, 404), "table");
    expect(code).toBe(4);
    expect(controls(stderr)).toEqual([]);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toContain("no\\x1b[2J\\x1b[Hsuch user\\r\\nidp-sessions list: all clear \\u202eexe.txt\\\\x1b");
  });
});
