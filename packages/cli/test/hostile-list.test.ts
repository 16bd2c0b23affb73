import { execFile } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { HOSTILE } from "./helpers/sessions.js";

// A stand-in for an Auth0 tenant whose session fields were chosen by an attacker: the terminal must get
// escapes, while json, ndjson and csv keep the values as the provider sent them.
const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const SESSION = {
  id: HOSTILE.id,
  user_id: "auth0|attacker",
  created_at: "2025-05-01T10:00:00.000Z",
  expires_at: "2025-05-08T10:00:00.000Z",
  device: { last_user_agent: HOSTILE.userAgent, last_ip: HOSTILE.ip },
};
const server = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ sessions: [SESSION] }));
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`;

function list(format: string, env: Record<string, string> = {}): Promise<string> {
  const args = ["list", "--provider", "auth0", "--user", "auth0|attacker", "--base-url", baseUrl, "--format", format];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { PATH: process.env.PATH, AUTH0_TOKEN: "t", ...env } },
      (e, out) => (e ? reject(e) : resolve(out)),
    );
  });
}

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

describe("idp-sessions list with hostile session fields", () => {
  it.each<Record<string, string>>([{}, { COLUMNS: "80" }, { COLUMNS: "120" }])(
    "writes no control character to the terminal (%j)",
    async (env) => {
      const out = await list("table", env);
      expect(controls(out)).toEqual([]);
      expect(out).toContain("\\x1b[");
      expect(out.split("\n").filter((l) => l.startsWith("auth0"))).toHaveLength(1);
    },
  );

  it("keeps the raw values in json, ndjson and csv", async () => {
    const [json] = JSON.parse(await list("json")) as { id: string; userAgent: string; ip: string }[];
    expect(json).toMatchObject({ id: HOSTILE.id, userAgent: HOSTILE.userAgent, ip: HOSTILE.ip });
    expect(JSON.parse((await list("ndjson")).trim())).toMatchObject({ userAgent: HOSTILE.userAgent });
    expect(await list("csv")).toContain(HOSTILE.userAgent);
  });
});
