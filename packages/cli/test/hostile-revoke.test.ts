import { afterEach, describe, expect, it } from "vitest";
import { main } from "../src/main.js";
import { printable } from "../src/text/printable.js";
import { fakeIo } from "./helpers/fake-io.js";
import { auth0Raw, type HostileServer, hostileServer, json } from "./helpers/hostile-server.js";
import { HOSTILE } from "./helpers/sessions.js";

const TOKEN = "TOKEN-s3cr3t-d0-not-print";

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * An Auth0 tenant run by an attacker: a session id full of terminal controls, and every revoke answered
 * 400 with an error message that echoes the request's Authorization header and clears the screen.
 */
async function hostileTenant(): Promise<string> {
  server = await hostileServer((req, res) => {
    if (req.method === "GET") return json(res, { sessions: [auth0Raw(HOSTILE.id), auth0Raw("plain-id")] });
    const echoed = `invalid ${req.headers.authorization ?? ""}\u001b[2J\u009b31m`;
    json(res, { statusCode: 400, error: "Bad Request", message: echoed, errorCode: `\u001b]0;${TOKEN}` }, 400);
  });
  return `${server.origin}/api/v2`;
}

async function revoke(args: string[]) {
  const baseUrl = await hostileTenant();
  const { io, stdout, stderr } = fakeIo({ env: { AUTH0_TOKEN: TOKEN }, columns: 80 });
  const code = await main(["revoke", "--provider", "auth0", "--user", "auth0|u", "--base-url", baseUrl, ...args], io);
  return { code, out: stdout(), err: stderr() };
}

/** A character that acts on a terminal, other than the line breaks between lines. */
function rawControls(text: string): string[] {
  return [...text].filter((char) => {
    const code = char.codePointAt(0) ?? 0;
    const bidi = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
    return (code < 0x20 && char !== "\n") || (code >= 0x7f && code <= 0x9f) || bidi;
  });
}

describe("revoke against a hostile tenant", () => {
  it("shows the hostile session id escaped in the dry run's table", async () => {
    const { code, out } = await revoke(["--dry-run"]);
    expect(code).toBe(0);
    expect(out).toContain(`    ${printable(HOSTILE.id)}\n`);
    expect(rawControls(out)).toEqual([]);
  });

  it.each(["table", "json"])(
    "never prints the token the server echoes, nor a raw control character (%s)",
    async (format) => {
      const { code, out, err } = await revoke(["--yes", "--format", format]);
      expect(code).toBe(6);
      for (const text of [out, err]) {
        expect(text).not.toContain(TOKEN);
        expect(rawControls(text)).toEqual([]);
      }
      expect(out).toContain("plain-id");
      if (format === "json") {
        const [result] = (JSON.parse(out) as { results: { found: string[] }[] }).results;
        expect(result?.found).toEqual([HOSTILE.id, "plain-id"]);
      }
    },
  );
});
