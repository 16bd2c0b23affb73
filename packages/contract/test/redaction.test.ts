import { describe, expect, it } from "vitest";
import { findDrift, MAX_QUOTE, validateRequest, validateResponse } from "../src/index.js";

// A credential with the characters that JSON text, JSON pointers and URLs each escape.
const SECRET = 'TESTSECRET/api"key~0123456789';
const secrets = [SECRET];
const all = (value: unknown) => JSON.stringify(value);

describe("validators given `secrets` redact them from every string they return", () => {
  it("from quoted values, also where JSON escapes the credential", () => {
    const body = { sessions: [{ user_id: 42, device: `ip ${SECRET}`, cookie: { mode: SECRET } }] };
    const plain = validateResponse("auth0", { status: 200, body });
    expect(all(plain)).toContain('api\\\\\\"key'); // without secrets, the value is quoted as JSON text
    const redacted = validateResponse("auth0", { status: 200, body }, { secrets });
    expect(redacted.map((v) => v.actual)).toEqual(["42", '"ip [redacted]"', '"[redacted]"']);
  });

  it("from drift pointers, where a property name is the credential (escaped as a JSON pointer)", () => {
    const response = { status: 200, body: { sessions: [{ [SECRET]: 1 }] } };
    expect(findDrift("auth0", response)[0]?.path).toBe('/sessions/*/TESTSECRET~1api"key~00123456789');
    expect(findDrift("auth0", response, { secrets })).toEqual([
      { pointer: "/sessions/0/[redacted]", path: "/sessions/*/[redacted]" },
    ]);
  });

  it("from request violations: an undocumented query parameter named after the credential (as a URL has it)", () => {
    const url = `https://t.auth0.com/api/v2/users/u/sessions?${encodeURIComponent(SECRET)}=1`;
    const [v] = validateRequest("auth0", { method: "GET", url, headers: { authorization: "Bearer x" } }, { secrets });
    expect(v).toMatchObject({ in: "query", pointer: "/[redacted]", actual: '"[redacted]"' });
  });

  it("before shortening: a credential cut by the bound leaves no first half behind", () => {
    // Redacting earlier copies shortens the text, which pulls a copy cut at the end of the window forward.
    const escaped = JSON.stringify(SECRET).slice(1, -1);
    for (let copies = 1; copies <= 12; copies++) {
      for (let at = 0; at <= 40; at++) {
        const value = `${"x".repeat(at)}${SECRET.repeat(copies)}${"y".repeat(10_000)}`;
        const body = { sessions: [{ user_id: [value] }] };
        const quoted = validateResponse("auth0", { status: 200, body }, { secrets })[0]?.actual ?? "";
        expect(quoted.length).toBeLessThanOrEqual(MAX_QUOTE + 1);
        // No prefix of the credential (as JSON text has it) of 4 or more characters ends the quote.
        for (let n = 4; n < escaped.length; n++)
          expect(quoted.slice(0, -1).endsWith(escaped.slice(0, n)), quoted).toBe(false);
      }
    }
  });
});
