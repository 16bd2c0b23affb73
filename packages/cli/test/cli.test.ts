import { startMockServers } from "@idp-sessions/mock";
import { afterAll, describe, expect, it } from "vitest";
import { printedJson } from "./helpers/printed-json.js";
import { BIN, run } from "./helpers/run-cli.js";

const mock = await startMockServers({ seed: 5, usersPerProvider: 1, sessionsPerUser: 12 });
afterAll(() => mock.close());
const p = mock.providers;
const auth0User = p.auth0.users[0]?.userId ?? "";

const auth0Env = { AUTH0_BASE_URL: p.auth0.baseUrl, AUTH0_TOKEN: p.auth0.credentials.token };

describe("idp-sessions list", () => {
  it("prints a table of every session, credentials from the environment", async () => {
    const r = await run(["list", "--provider", "auth0", "--user", auth0User], auth0Env);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^provider\s+session id\s+status\s+ip\s+user agent\s+created\s+expires\s+methods$/);
    expect(lines.filter((l) => l.startsWith("auth0 "))).toHaveLength(12);
    expect(lines.at(-1)).toBe("12 session(s)");
    expect(r.stderr).toBe("");
  });

  it("fits the table to COLUMNS, with readable user agents; a pipe gets every column in full", async () => {
    const narrow = await run(["list", "--provider", "auth0", "--user", auth0User], { ...auth0Env, COLUMNS: "80" });
    expect(narrow.code).toBe(0);
    expect(Math.max(...narrow.stdout.split("\n").map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(narrow.stdout).toMatch(/^provider\s+status\s+ip\s+user agent\s+methods$/m);
    expect(narrow.stdout).toMatch(/ (Chrome|Safari|Firefox) \d+ on \w+/);
    expect(narrow.stdout).toContain("Hidden to fit 80 columns: session id, created, expires.");
    const piped = await run(["list", "--provider", "auth0", "--user", auth0User], auth0Env);
    expect(piped.stdout).toMatch(/ \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z /);
    expect(piped.stdout).not.toContain("…");
  });

  it("streams ndjson, one normalized session per line", async () => {
    const r = await run(
      [
        "list",
        "--provider",
        "zitadel",
        "--user",
        p.zitadel.users[0]?.userId ?? "",
        "--format",
        "ndjson",
        "--base-url",
        p.zitadel.baseUrl,
      ],
      {
        ZITADEL_TOKEN: p.zitadel.credentials.token,
      },
    );
    expect(r.code).toBe(0);
    const sessions = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { provider: string; userId: string });
    expect(sessions).toHaveLength(12);
    expect(sessions.every((s) => s.provider === "zitadel" && s.userId === p.zitadel.users[0]?.userId)).toBe(true);
  });

  it("writes json and csv, and --active keeps only active sessions", async () => {
    const env = { MONOCLOUD_BASE_URL: p.monocloud.baseUrl, MONOCLOUD_API_KEY: p.monocloud.credentials.apiKey };
    const user = p.monocloud.users[0]?.userId ?? "";
    const all = JSON.parse(
      (await run(["list", "--provider", "monocloud", "--user", user, "--format", "json"], env)).stdout,
    ) as { status: string }[];
    const active = JSON.parse(
      (await run(["list", "--provider", "monocloud", "--user", user, "--format", "json", "--active"], env)).stdout,
    ) as { status: string }[];
    expect(all).toHaveLength(12);
    expect(active).toEqual(all.filter((s) => s.status === "active"));
    const csv = (await run(["list", "--provider", "monocloud", "--user", user, "--format", "csv"], env)).stdout
      .trim()
      .split("\n");
    expect(csv[0]).toBe("provider,session id,status,ip,user agent,created,expires,methods");
    expect(csv).toHaveLength(13);
  });

  it("signs Huawei requests from flags", async () => {
    const h = p["huawei-identitycenter"];
    const r = await run(
      [
        "list",
        "--provider",
        "huawei-identitycenter",
        "--user",
        h.users[0]?.userId ?? "",
        "--identity-store",
        h.users[0]?.identityStoreId ?? "",
        "--base-url",
        h.baseUrl,
        "--format",
        "json",
      ],
      { HUAWEI_ACCESS_KEY_ID: h.credentials.accessKeyId, HUAWEI_SECRET_ACCESS_KEY: h.credentials.secretAccessKey },
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(12);
  });

  it.each([
    ["usage: unknown provider", ["list", "--provider", "okta", "--user", "u"], {}, 2, /--provider must be one of/],
    [
      "usage: missing credentials, named but not shown",
      ["list", "--provider", "auth0", "--user", "u", "--domain", "t.auth0.com"],
      {},
      2,
      /auth0 needs --token \(AUTH0_TOKEN\)/,
    ],
    ["usage: unknown flag", ["list", "--provider", "auth0", "--colour"], {}, 2, /Unknown option '--colour'/],
    [
      "authentication",
      ["list", "--provider", "auth0", "--user", auth0User],
      { ...auth0Env, AUTH0_TOKEN: "wrong-TESTSECRET-token" },
      3,
      /AuthenticationError|HTTP 401/,
    ],
    ["not found", ["list", "--provider", "auth0", "--user", "auth0|nobody"], auth0Env, 4, /HTTP 404/],
    [
      "network",
      ["list", "--provider", "auth0", "--user", "u", "--base-url", "http://127.0.0.1:1/api/v2"],
      { AUTH0_TOKEN: "t-TESTSECRET" },
      5,
      /could not reach 127\.0\.0\.1:1 /,
    ],
  ])("exit code for %s", async (_name, args, env, code, message) => {
    const r = await run(args, env);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stdout + r.stderr).not.toContain("TESTSECRET");
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe("idp-sessions help, contract, mock, demo", () => {
  it.each([
    [[]],
    [["--help"]],
    [["list", "--help"]],
    [["contract", "--help"]],
    [["mock", "--help"]],
    [["demo", "--help"]],
    [["revoke", "--help"]],
    [["signout", "--help"]],
  ])("%j prints help", async (args) => {
    const r = await run(args);
    expect(r.stdout).toMatch(/^Usage: idp-sessions/);
    expect(r.code).toBe(args.length === 0 ? 2 : 0);
  });

  it("contract reports providers without variables as skipped, and checks the ones with them", async () => {
    const r = await run(["contract"], { ...auth0Env, AUTH0_USER_ID: auth0User });
    expect(r.code).toBe(0);
    // Two requests: the listing, and the get of one listed session (the runner's read of a single session).
    expect(r.stdout).toMatch(/^auth0\s+passed\s+2\s+12\s+0\s+0$/m);
    expect(r.stdout).toMatch(/^zitadel\s+skipped/m);
    expect(r.stdout).toContain("1 checked, 4 skipped, 0 failed");
  });

  it("contract --destructive revokes nothing without the provider's test-user variable, and says which", async () => {
    const r = await run(["contract", "--provider", "auth0", "--destructive"], {
      ...auth0Env,
      AUTH0_USER_ID: auth0User,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^auth0\s+failed/m);
    expect(r.stdout).toContain("AUTH0_DESTRUCTIVE_USER_ID");
  });

  it("contract --destructive with the test-user variable also checks one revocation", async () => {
    const env = { ...auth0Env, AUTH0_USER_ID: auth0User, AUTH0_DESTRUCTIVE_USER_ID: auth0User };
    const r = await run(["contract", "--provider", "auth0", "--destructive"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/revokeSession/);
    expect((await run(["contract", "--help"])).stdout).toContain("--destructive");
  });

  it("demo lists one person at all five providers from the mock servers and exits 0", async () => {
    const r = await run(["demo"]);
    expect(r.code).toBe(0);
    for (const id of ["huawei-identitycenter", "ory-kratos", "monocloud", "auth0", "zitadel"]) {
      expect(r.stdout).toMatch(new RegExp(`^  ${id}\\s+4 sessions  from the mock server$`, "m"));
    }
  });

  it("mock prints base URLs and credentials and stops on SIGINT", async () => {
    const { spawn } = await import("node:child_process");
    const child = spawn(process.execPath, [BIN, "mock", "--sessions", "2"], { stdio: ["ignore", "pipe", "pipe"] });
    const printed =
      await printedJson<
        Record<
          string,
          { baseUrl: string; users: { sessionCount: number }[]; readOnlyCredentials?: Record<string, string> }
        >
      >(child);
    expect(printed.auth0?.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v2$/);
    expect(printed.auth0?.readOnlyCredentials?.token).toMatch(/^mock-auth0-read-only-token-/);
    expect(printed["ory-kratos"]?.readOnlyCredentials).toBeUndefined();
    expect(printed.monocloud?.users[0]?.sessionCount).toBe(2);
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(0);
  });
});
