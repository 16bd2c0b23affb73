import { envForServers } from "@idp-sessions/contract";
import { startMockServers } from "@idp-sessions/mock";
import { describe, expect, it } from "vitest";
import { demoCommand } from "../src/commands/demo.js";
import { fakeIo, widest } from "./helpers/fake-io.js";

const PROVIDERS = ["huawei-identitycenter", "ory-kratos", "monocloud", "auth0", "zitadel"];

async function demo(terminal: Parameters<typeof fakeIo>[0] = {}) {
  const { io, stdout, stderr } = fakeIo(terminal);
  const code = await demoCommand([], io);
  return { code, out: stdout(), err: stderr() };
}

/** The lines of the block that starts with `heading`, up to the next blank line. */
function block(out: string, heading: string): string[] {
  const start = out.split("\n").indexOf(heading);
  expect(start, `"${heading}" in the output`).toBeGreaterThanOrEqual(0);
  const lines = out.split("\n").slice(start + 1);
  const end = lines.indexOf("");
  return end === -1 ? lines : lines.slice(0, end);
}

describe("pnpm demo", () => {
  it.each([80, 120])("fits a %i-column terminal, from the table to the last line", async (columns) => {
    for (const terminal of [{ columns }, { env: { COLUMNS: String(columns) } }]) {
      const { code, out, err } = await demo(terminal);
      expect(code).toBe(0);
      expect(err).toBe("");
      expect(widest(out)).toBeLessThanOrEqual(columns);
      expect(out).toContain(`Hidden to fit ${columns} columns:`);
    }
  });

  it("prints the full table to a pipe: every column, full ids and times, nothing cut", async () => {
    const { out } = await demo();
    expect(out.split("\n")[2]).toMatch(
      /^provider\s+session id\s+status\s+ip\s+user agent\s+created\s+expires\s+methods$/,
    );
    expect(out).toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/);
    expect(out).not.toContain("…");
    expect(out).not.toContain("Hidden");
    expect(widest(out)).toBeGreaterThan(150);
  });

  it("shows user agents as a person reads them", async () => {
    const { out } = await demo({ columns: 80 });
    expect(out).toMatch(/ (Chrome|Safari|Firefox) \d+ on (Windows|macOS|iOS|Linux|Android)\n/);
    expect(out).not.toContain("Mozilla");
  });

  it("says why cells are empty for providers that do not record a column", async () => {
    const { out } = await demo({ columns: 120 });
    expect(out).toContain("— huawei-identitycenter does not record sign-in methods");
    expect(out).toContain("— monocloud does not record sign-in methods");
  });

  it("says, aligned, that every provider came from its mock server when no variables are set", async () => {
    const { out } = await demo({ columns: 80 });
    const lines = block(out, "Listed from:");
    expect(lines).toHaveLength(PROVIDERS.length);
    PROVIDERS.forEach((id, i) => {
      expect(lines[i]).toMatch(new RegExp(`^  ${id}\\s+4 sessions  from the mock server$`));
    });
    expect(new Set(lines.map((l) => l.indexOf("from"))).size).toBe(1);
  });

  it("lists a provider whose variables are set from that tenant, and says so", async () => {
    // A mock server with 3 sessions stands in for auth0's real tenant; the demo's own mocks have 4.
    const tenant = await startMockServers({ seed: 99, providers: ["auth0"], usersPerProvider: 1, sessionsPerUser: 3 });
    try {
      const { code, out } = await demo({ columns: 80, env: envForServers({ auth0: tenant.providers.auth0 }) });
      expect(code).toBe(0);
      const lines = block(out, "Listed from:");
      expect(lines.at(-1)).toMatch(/^ {2}auth0\s+3 sessions {2}from the real tenant \(AUTH0_BASE_URL\)$/);
      expect(lines.filter((l) => l.endsWith("from the mock server"))).toHaveLength(4);
      expect(out.replace(/\n/g, " ")).toMatch(
        /^Sessions at five identity providers: Ada .* at the mock servers, your users at the real tenants /,
      );
      expect(tenant.providers.auth0.requestCount).toBeGreaterThan(0);
      expect(out).not.toContain(tenant.providers.auth0.credentials.token ?? "?");
    } finally {
      await tenant.close();
    }
  });

  it("reports a real tenant that fails in its line, lists the others, and exits with that error's code", async () => {
    const tenant = await startMockServers({ seed: 99, providers: ["auth0"], usersPerProvider: 1, sessionsPerUser: 3 });
    try {
      const env = { ...envForServers({ auth0: tenant.providers.auth0 }), AUTH0_TOKEN: "wrong-TESTSECRET" };
      const { code, out } = await demo({ columns: 200, env });
      expect(code).toBe(3);
      const lines = block(out, "Listed from:");
      expect(lines.at(-1)).toMatch(/^ {2}auth0\s+failed {2}at the real tenant \(AUTH0_BASE_URL\): auth0 \w+: HTTP 401/);
      expect(lines.filter((l) => /\d sessions {2}from the mock server$/.test(l))).toHaveLength(4);
      expect(out).not.toContain("TESTSECRET");
    } finally {
      await tenant.close();
    }
  });

  it("signs the person out everywhere at the mock servers, then lists again: none left active", async () => {
    const { code, out } = await demo({ columns: 80 });
    expect(code).toBe(0);
    const signOut = block(out, "Signed out everywhere (idp-sessions signout --person <file> --yes):");
    expect(signOut[0]).toMatch(/^ {2}dry run first: \d+ listed sessions to revoke, nothing sent$/);
    expect(signOut.slice(1)).toHaveLength(PROVIDERS.length);
    PROVIDERS.forEach((id, i) => {
      expect(signOut[i + 1]).toMatch(new RegExp(`^  ${id}\\s+revoked \\d+; none left active$`));
    });
    const again = block(out, "Listed again: no active session left");
    PROVIDERS.forEach((id, i) => {
      expect(again[i]).toMatch(new RegExp(`^  ${id}\\s+\\d+ sessions?, none active$`));
    });
  });

  it("never signs out at a real tenant: its sessions are listed, not revoked", async () => {
    const tenant = await startMockServers({ seed: 99, providers: ["auth0"], usersPerProvider: 1, sessionsPerUser: 3 });
    try {
      const { code, out } = await demo({ columns: 100, env: envForServers({ auth0: tenant.providers.auth0 }) });
      expect(code).toBe(0);
      expect(block(out, "Signed out everywhere (idp-sessions signout --person <file> --yes):").at(-1)).toMatch(
        /^ {2}auth0\s+not signed out: the demo revokes only at its mock servers$/,
      );
      const { code: again, out: listed } = await demo({
        columns: 100,
        env: envForServers({ auth0: tenant.providers.auth0 }),
      });
      expect(again).toBe(0);
      expect(block(listed, "Listed from:").at(-1)).toMatch(/^ {2}auth0\s+3 sessions {2}from the real tenant/);
    } finally {
      await tenant.close();
    }
  });

  it("ends with the next commands to try, in the checkout's pnpm idp-sessions form", async () => {
    const { out } = await demo({ columns: 80 });
    const next = block(out, "Try next:");
    const commands = next.filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim());
    expect(commands[0]).toBe("pnpm idp-sessions mock");
    expect(commands[1]).toMatch(/^pnpm idp-sessions list --provider auth0 /);
    expect(commands[2]).toBe("pnpm idp-sessions contract --help");
    expect(commands[3]).toMatch(/^AUTH0_DOMAIN=\S+ AUTH0_TOKEN=\S+ AUTH0_USER_ID=\S+ pnpm demo$/);
    expect(next.at(-2)).toMatch(/^Installed from npm, the command is idp-sessions/);
    expect(out.trimEnd().endsWith(next.at(-1) ?? "?")).toBe(true);
  });
});
