import { envForServers } from "@idp-sessions/contract";
import { type MockProvider, type MockServers, type ProviderId, startMockServers } from "@idp-sessions/mock";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../src/main.js";
import { type FakeTerminal, fakeIo } from "./helpers/fake-io.js";

let mock: MockServers<ProviderId> | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

async function server(provider: ProviderId = "auth0"): Promise<MockProvider> {
  mock = await startMockServers({
    providers: [provider],
    usersPerProvider: 2,
    sessionsPerUser: 12,
    seed: 42,
    referenceTime: new Date(),
  });
  return mock.providers[provider];
}

/** `idp-sessions revoke` at the mock's first user, through main, as a terminal or a pipe. */
async function revoke(provider: ProviderId, at: MockProvider, args: string[], terminal: FakeTerminal = {}) {
  const env = envForServers({ [provider]: at });
  const user = at.users[0]?.userId ?? "";
  const { io, stdout, stderr, asked } = fakeIo({ ...terminal, env: { ...env, ...terminal.env } });
  const code = await main(["revoke", "--provider", provider, "--user", user, ...args], io);
  return { code, out: stdout(), err: stderr(), asked: asked() };
}

interface Result {
  found: string[];
  revoked: string[];
  failed: { sessionId: string; error: { name: string; status?: number } }[];
  verification: { stillActive: string[]; attempts: number; error: unknown } | null;
  complete: boolean;
}
const results = (out: string) => (JSON.parse(out) as { results: Result[] }).results;

/** The user's active sessions now, by a dry run (which sends no revoking request). */
async function active(at: MockProvider, provider: ProviderId = "auth0"): Promise<string[]> {
  const { out } = await revoke(provider, at, ["--dry-run", "--format", "json"]);
  return results(out)[0]?.found ?? [];
}

describe("idp-sessions revoke", () => {
  it("--dry-run lists what would be revoked, sends no revoking request and never asks", async () => {
    const at = await server();
    const before = await active(at);
    expect(before.length).toBeGreaterThan(0);
    const { code, out, asked } = await revoke("auth0", at, ["--dry-run"], { typed: ["y"], columns: 80 });
    expect(code).toBe(0);
    expect(asked).toBe(0);
    expect(out).toContain(`would revoke ${before.length} sessions:`);
    for (const id of before) expect(out).toContain(`    ${id}\n`);
    expect(out).toMatch(/^Dry run: nothing was revoked\./m);
    expect(await active(at)).toEqual(before);
  });

  it("refuses without --yes when nobody can be asked: exit 2, not one request sent", async () => {
    const at = await server();
    const { code, err } = await revoke("auth0", at, []);
    expect(code).toBe(2);
    expect(err).toMatch(/refusing to revoke without a confirmation: .*pass --yes/);
    expect(at.requestCount).toBe(0);
  });

  it("--yes revokes every active session and proves none is left: exit 0", async () => {
    const at = await server();
    const before = await active(at);
    const { code, out } = await revoke("auth0", at, ["--yes", "--format", "json"]);
    expect(code).toBe(0);
    const [result] = results(out);
    expect(result?.revoked.sort()).toEqual([...before].sort());
    expect(result?.verification).toMatchObject({ stillActive: [], error: null });
    expect(await active(at)).toEqual([]);
  });

  it("on a terminal, shows the plan and asks; anything but y or yes revokes nothing: exit 8", async () => {
    const at = await server();
    const before = await active(at);
    for (const answer of ["n", "", "yess", undefined]) {
      const { code, err, asked } = await revoke("auth0", at, [], {
        typed: answer === undefined ? [] : [answer],
        columns: 80,
      });
      expect(code).toBe(8);
      expect(asked).toBe(1);
      expect(err).toContain(`Revoke ${before.length} sessions at 1 provider? [y/N] `);
      expect(err).toContain("not confirmed; nothing was revoked");
    }
    expect(await active(at)).toEqual(before);
  });

  it("on a terminal, y or YES revokes after the plan", async () => {
    const at = await server();
    const { code, out, err } = await revoke("auth0", at, [], { typed: [" YES "], columns: 80 });
    expect(code).toBe(0);
    expect(err).toMatch(/would revoke \d+ sessions:/);
    expect(out).toMatch(/^Done: \d+ sessions revoked, 0 already gone, at 1 provider; verified: none left active\.$/m);
    expect(await active(at)).toEqual([]);
  });

  it("a session whose revoke keeps failing: exit 6, with the typed error in the json", async () => {
    const at = await server();
    const [bad] = await active(at);
    at.setRevokeFaults({ failing: { [bad ?? ""]: 500 } });
    const { code, out } = await revoke("auth0", at, ["--yes", "--format", "json"]);
    expect(code).toBe(6);
    const [result] = results(out);
    expect(result?.failed).toEqual([
      { sessionId: bad, error: expect.objectContaining({ name: "InternalServerError", status: 500 }) },
    ]);
    expect(result?.complete).toBe(false);
  });

  it("a session that survives its revoke: exit 7, named as still active", async () => {
    const at = await server("ory-kratos");
    const [survivor] = await active(at, "ory-kratos");
    expect(survivor).toBeDefined();
    at.setRevokeFaults({ survivors: [survivor ?? ""] });
    const { code, out } = await revoke("ory-kratos", at, ["--yes"]);
    expect(code).toBe(7);
    expect(out).toContain(`STILL ACTIVE after 1 listing: 1 session\n    ${survivor}\n`);
    expect(out).toMatch(/^NOT COMPLETE: 1 session still active/m);
  });

  it("a failure wins over a survivor: exit 6", async () => {
    const at = await server();
    const [bad, survivor] = await active(at);
    expect(survivor).toBeDefined();
    at.setRevokeFaults({ failing: { [bad ?? ""]: 400 }, survivors: [survivor ?? ""] });
    const { code, out } = await revoke("auth0", at, ["--yes", "--format", "json"]);
    expect(code).toBe(6);
    expect(results(out)[0]?.verification?.stillActive.sort()).toEqual([bad, survivor].sort());
  });

  it("a credential that may only read: every session failed with 403, exit 6", async () => {
    const at = await server();
    const { code, out } = await revoke("auth0", at, ["--yes", "--format", "json"], {
      env: { AUTH0_TOKEN: at.readOnlyCredentials?.token },
    });
    expect(code).toBe(6);
    expect(results(out)[0]?.failed.every((f) => f.error.name === "PermissionDeniedError")).toBe(true);
  });

  it("--session revokes that session only", async () => {
    const at = await server();
    const [one, ...others] = await active(at);
    const { code, out } = await revoke("auth0", at, ["--session", one ?? "", "--yes", "--format", "json"]);
    expect(code).toBe(0);
    expect(results(out)[0]).toMatchObject({ found: [one], revoked: [one], complete: true });
    expect((await active(at)).sort()).toEqual(others.sort());
  });

  it.each([
    [["--method", "delete"], "monocloud", /--method does not apply to monocloud/],
    [["--method", "nope"], "auth0", /--method for auth0 must be one of revoke, delete/],
    [["--concurrency", "0"], "auth0", /--concurrency must be a whole number from 1 to 32/],
    [["--format", "csv"], "auth0", /--format must be one of table, json/],
  ] as const)("%j at %s is a usage error before any request", async (args, provider, message) => {
    const at = await server(provider);
    const { code, err } = await revoke(provider, at, [...args, "--yes"]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(at.requestCount).toBe(0);
  });
});
