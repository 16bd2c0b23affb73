/**
 * examples/incident-response, run from its source as a user runs it, in Deno (network limited to the mock
 * servers, env limited to the credential variables, read limited to the person file) and in Bun: a dry
 * run revokes nothing, --yes leaves no active session, the exit codes say which.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type MockServers, startMockServers } from "@idp-sessions/mock";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { PROVIDERS, type ProviderId } from "../../program/input.js";
import { EXAMPLES_DIR } from "../../src/examples/bundle-example.js";
import { liveIds, mockHosts, mockUser, requestCounts, sessionsOf } from "../../src/examples/mock-users.js";
import { packagedBinary } from "../../src/runners/runner.js";
import { baseEnv, type Exited, killAll, runToExit, withTempDir } from "../../src/spawn.js";

const EXAMPLE = join(EXAMPLES_DIR, "incident-response");
/** The person: the second mock user, the same person at every provider; the first must stay untouched. */
const PERSON = 1;
/** The README's credential variables: [variable, provider, the mock credential's option name]. */
const CREDENTIAL_VARIABLES: readonly (readonly [string, ProviderId, string])[] = [
  ["AUTH0_TOKEN", "auth0", "token"],
  ["ORY_API_KEY", "ory-kratos", "token"],
  ["MONOCLOUD_API_KEY", "monocloud", "apiKey"],
  ["ZITADEL_TOKEN", "zitadel", "token"],
  ["HUAWEI_ACCESS_KEY_ID", "huawei-identitycenter", "accessKeyId"],
  ["HUAWEI_SECRET_ACCESS_KEY", "huawei-identitycenter", "secretAccessKey"],
  ["HUAWEI_SECURITY_TOKEN", "huawei-identitycenter", "securityToken"],
];
const VARIABLES = CREDENTIAL_VARIABLES.map(([variable]) => variable);

/** How each runtime runs the script's source, with the least it needs. */
const RUNTIMES = [
  {
    id: "deno",
    run: (file: string, flags: string[], env: Record<string, string>, mocks: MockServers, home: string) =>
      runToExit(
        packagedBinary("@deno/linux-x64-glibc", "deno"),
        [
          "run",
          "--no-prompt",
          "--no-lock",
          "--no-remote",
          `--allow-net=${mockHosts(mocks).join(",")}`,
          `--allow-env=${VARIABLES.join(",")}`,
          `--allow-read=${file}`,
          "src/main.ts",
          file,
          ...flags,
        ],
        { env: { ...env, DENO_DIR: home, DENO_NO_UPDATE_CHECK: "1", HOME: home }, cwd: EXAMPLE, timeoutMs: 60_000 },
      ),
  },
  {
    id: "bun",
    run: (file: string, flags: string[], env: Record<string, string>, _mocks: MockServers, home: string) =>
      runToExit(packagedBinary("@oven/bun-linux-x64", "bin", "bun"), ["--no-install", "src/main.ts", file, ...flags], {
        env: { ...env, HOME: home, DO_NOT_TRACK: "1", BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0" },
        cwd: EXAMPLE,
        timeoutMs: 60_000,
      }),
  },
];

let mocks: MockServers;

beforeEach(async () => {
  mocks = await startMockServers({ usersPerProvider: 2, sessionsPerUser: 6 });
});

afterEach(async () => {
  killAll();
  await mocks.close();
});

afterAll(() => {
  expect(killAll()).toBe(0);
});

/** The person file (addresses and users only) and the credentials' environment, for mock user PERSON. */
function personAndEnv(): { person: object; env: Record<string, string> } {
  const env = baseEnv();
  const identities = PROVIDERS.map((provider) => {
    const { baseUrl, credentials, userId, identityStoreId } = mockUser(mocks, provider, PERSON);
    for (const [variable, , option] of CREDENTIAL_VARIABLES.filter(([, p]) => p === provider)) {
      const value = credentials[option];
      if (value) env[variable] = value;
    }
    const user =
      provider === "ory-kratos" ? { identityId: userId } : { userId, ...(identityStoreId ? { identityStoreId } : {}) };
    return { provider, baseUrl, ...user };
  });
  return { person: { name: "Ada Lovelace (ada@example.com)", identities }, env };
}

/** Runs the script in `runtime` with this person file and environment. */
function run(
  runtime: (typeof RUNTIMES)[number],
  person: object,
  env: Record<string, string>,
  flags: string[],
): Promise<Exited> {
  return withTempDir("idp-example-incident-", async (dir) => {
    const file = join(dir, "person.json");
    await writeFile(file, JSON.stringify(person));
    const home = join(dir, "home");
    return runtime.run(file, flags, env, mocks, home);
  });
}

describe.each(RUNTIMES)("examples/incident-response in $id", (runtime) => {
  it("plans without revoking (exit 0), then with --yes signs the person out everywhere (exit 0), nobody else", async () => {
    const { person, env } = personAndEnv();
    const before = Object.fromEntries(
      await Promise.all(PROVIDERS.map(async (p) => [p, await liveIds(mocks, p, PERSON)])),
    );
    const others = await Promise.all(PROVIDERS.map((p) => sessionsOf(mocks, p, 0)));

    const plan = await run(runtime, person, env, ["--json"]);
    expect({ code: plan.code, stderr: plan.stderr }).toEqual({ code: 0, stderr: "" });
    const planned = JSON.parse(plan.stdout) as {
      dryRun: boolean;
      results: { provider: string; report: { found: string[] } }[];
    };
    expect(planned.dryRun).toBe(true);
    expect(Object.fromEntries(planned.results.map((r) => [r.provider, r.report.found]))).toEqual(before);
    for (const provider of PROVIDERS) expect(await liveIds(mocks, provider, PERSON)).toEqual(before[provider]);

    const done = await run(runtime, person, env, ["--yes"]);
    expect({ code: done.code, stderr: done.stderr }).toEqual({ code: 0, stderr: "" });
    expect(done.stdout).toContain("Done: signed out everywhere.");
    for (const provider of PROVIDERS) {
      expect({ provider, live: await liveIds(mocks, provider, PERSON) }).toEqual({ provider, live: [] });
    }
    expect(await Promise.all(PROVIDERS.map((p) => sessionsOf(mocks, p, 0)))).toEqual(others);
  });

  it("exits 1 when a provider refuses its credential, and still signs the person out at the others", async () => {
    const { person, env } = personAndEnv();
    const auth0Before = await liveIds(mocks, "auth0", PERSON);
    const done = await run(runtime, person, { ...env, AUTH0_TOKEN: "not-the-token" }, ["--yes"]);
    expect(done.code).toBe(1);
    expect(done.stdout).toMatch(/auth0 .* NOT RUN: .*401/);
    expect(done.stdout).toContain("NOT COMPLETE");
    expect(await liveIds(mocks, "auth0", PERSON)).toEqual(auth0Before);
    for (const provider of PROVIDERS.filter((p) => p !== "auth0")) {
      expect({ provider, live: await liveIds(mocks, provider, PERSON) }).toEqual({ provider, live: [] });
    }
  });

  it("exits 2 and sends nothing for a person file that holds a credential", async () => {
    const { person, env } = personAndEnv();
    const [first, ...rest] = (person as { identities: Record<string, string>[] }).identities;
    const leaky = { ...person, identities: [{ ...first, token: "pasted-by-mistake" }, ...rest] };
    const counts = requestCounts(mocks);
    const refused = await run(runtime, leaky, env, ["--yes"]);
    expect({ code: refused.code, stdout: refused.stdout }).toEqual({ code: 2, stdout: "" });
    expect(refused.stderr).toContain("identities[0]: token not allowed");
    expect(requestCounts(mocks)).toEqual(counts);
  });
});
