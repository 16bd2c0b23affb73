import { startMockServers } from "@idp-sessions/mock";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./helpers/run-cli.js";

// Flags win over the environment, the address included, and errors use the command line's words.
const mock = await startMockServers({
  seed: 5,
  providers: ["auth0", "monocloud"],
  usersPerProvider: 1,
  sessionsPerUser: 12,
});
afterAll(() => mock.close());
const p = mock.providers;
const auth0User = p.auth0.users[0]?.userId ?? "";
const auth0Env = { AUTH0_BASE_URL: p.auth0.baseUrl, AUTH0_TOKEN: p.auth0.credentials.token };

describe("idp-sessions list: flags, variables and --max-pages", () => {
  it.each([
    ["--base-url over AUTH0_DOMAIN", { AUTH0_DOMAIN: "typo.invalid" }, ["--base-url", p.auth0.baseUrl]],
    [
      "--base-url over AUTH0_BASE_URL",
      { AUTH0_BASE_URL: "https://typo.invalid/api/v2" },
      ["--base-url", p.auth0.baseUrl],
    ],
  ])("an address flag replaces the environment's address: %s", async (_name, env, flags) => {
    const args = ["list", "--provider", "auth0", "--user", auth0User, "--format", "json", ...flags];
    const r = await run(args, { ...env, AUTH0_TOKEN: p.auth0.credentials.token });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(12);
  });

  it("--domain replaces AUTH0_BASE_URL too, and a typo in it names the host it could not reach", async () => {
    const r = await run(
      ["list", "--provider", "auth0", "--user", auth0User, "--domain", "tenant-typo.invalid"],
      auth0Env,
    );
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/could not reach tenant-typo\.invalid\b/);
    expect(r.stderr).not.toContain(p.auth0.baseUrl);
  });

  it("--max-pages ends a listing with more pages with an error naming the flag, exit 5", async () => {
    const env = { MONOCLOUD_BASE_URL: p.monocloud.baseUrl, MONOCLOUD_API_KEY: p.monocloud.credentials.apiKey };
    const user = p.monocloud.users[0]?.userId ?? "";
    const all = await run(
      ["list", "--provider", "monocloud", "--user", user, "--format", "csv", "--max-pages", "1"],
      env,
    );
    // The mock pages MonoCloud by 10 at most; 12 sessions are two pages.
    expect(all.code).toBe(5);
    expect(all.stderr).toMatch(/--max-pages \(1\)/);
    expect(all.stderr).not.toMatch(/maxPages|collect\(/);
  });

  it.each([
    [
      "usage: --max-pages not a positive whole number",
      ["list", "--provider", "auth0", "--user", auth0User, "--max-pages", "0"],
      auth0Env,
      2,
      /--max-pages must be a whole number of 1 or more/,
    ],
    [
      "usage: a client library's option named as the flag",
      ["list", "--provider", "auth0", "--user", auth0User, "--base-url", "http://example.com/api/v2"],
      { AUTH0_TOKEN: "t-TESTSECRET" },
      2,
      /: --base-url must use https:\/\//,
    ],
    [
      "usage: ... or as the variable it came from",
      ["list", "--provider", "auth0", "--user", auth0User],
      { AUTH0_TOKEN: "t-TESTSECRET", AUTH0_DOMAIN: "bad/domain" },
      2,
      /: AUTH0_DOMAIN must be a bare host name/,
    ],
    [
      "usage: both address variables",
      ["list", "--provider", "auth0", "--user", auth0User],
      { ...auth0Env, AUTH0_DOMAIN: "tenant.example.com" },
      2,
      /AUTH0_DOMAIN and AUTH0_BASE_URL are both set/,
    ],
  ])("%s", async (_name, args, env, code, message) => {
    const r = await run(args, env);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stdout + r.stderr).not.toContain("TESTSECRET");
  });
});
