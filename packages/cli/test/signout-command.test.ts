import { type MockServers, type ProviderId, startMockServers } from "@idp-sessions/mock";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../src/main.js";
import { type FakeTerminal, fakeIo } from "./helpers/fake-io.js";
import { mockPerson, personDir } from "./helpers/person.js";

const PROVIDERS = ["huawei-identitycenter", "ory-kratos", "monocloud", "auth0", "zitadel"];
let mock: MockServers<ProviderId> | undefined;
let files: Awaited<ReturnType<typeof personDir>> | undefined;
afterEach(async () => {
  await mock?.close();
  await files?.cleanup();
  mock = files = undefined;
});

/** The mock servers' first user as a person file, credentials in the environment. */
async function person(edit: (p: ReturnType<typeof mockPerson>) => void = () => {}) {
  mock = await startMockServers({ usersPerProvider: 2, sessionsPerUser: 12, seed: 42, referenceTime: new Date() });
  files = await personDir();
  const made = mockPerson(mock.providers);
  edit(made);
  return { file: await files.write("person.json", made.person), env: made.env, servers: mock };
}

async function signout(args: string[], terminal: FakeTerminal) {
  const { io, stdout, stderr, asked } = fakeIo(terminal);
  const code = await main(["signout", ...args], io);
  return { code, out: stdout(), err: stderr(), asked: asked() };
}

interface Result {
  provider: string;
  found: string[];
  complete: boolean;
  error: { name: string } | null;
}
const parsed = (out: string) =>
  JSON.parse(out) as { version: number; dryRun: boolean; complete: boolean; results: Result[] };

describe("idp-sessions signout", () => {
  it("signs the person out at all five providers and proves it: exit 0", async () => {
    const { file, env } = await person();
    const plan = parsed((await signout(["--person", file, "--dry-run", "--format", "json"], { env })).out);
    expect(plan.results.map((r) => r.provider)).toEqual(PROVIDERS);
    expect(plan.results.some((r) => r.found.length > 0)).toBe(true);
    const { code, out } = await signout(["--person", file, "--yes", "--format", "json"], { env });
    expect(code).toBe(0);
    expect(parsed(out)).toMatchObject({ version: 1, dryRun: false, complete: true });
    const after = parsed((await signout(["--person", file, "--dry-run", "--format", "json"], { env })).out);
    expect(after.results.map((r) => r.found)).toEqual(PROVIDERS.map(() => []));
  });

  it("refuses without --yes when nobody can be asked, before any request: exit 2", async () => {
    const { file, env, servers } = await person();
    const { code, err } = await signout(["--person", file], { env });
    expect(code).toBe(2);
    expect(err).toContain("pass --yes");
    for (const id of PROVIDERS as ProviderId[]) expect(servers.providers[id].requestCount).toBe(0);
  });

  it("on a terminal, asks once for every provider; no revokes nothing: exit 8", async () => {
    const { file, env } = await person();
    const { code, err, asked } = await signout(["--person", file], { env, typed: ["no"], columns: 100 });
    expect([code, asked]).toEqual([8, 1]);
    expect(err).toMatch(/^Sign out everywhere: Ada Lovelace \(ada@example\.com\) \(dry run\)$/m);
    expect(err).toMatch(/Revoke \d+ sessions at \d providers\? \[y\/N\] /);
    const after = parsed((await signout(["--person", file, "--dry-run", "--format", "json"], { env })).out);
    expect(after.results.some((r) => r.found.length > 0)).toBe(true);
  });

  it("one provider refusing the credential does not stop the others: exit 6", async () => {
    const { file, env } = await person();
    const { code, out } = await signout(["--person", file, "--yes", "--format", "json"], {
      env: { ...env, ORY_API_KEY: "wrong-key" },
    });
    expect(code).toBe(6);
    const results = parsed(out).results;
    expect(results.find((r) => r.provider === "ory-kratos")?.error?.name).toBe("AuthenticationError");
    expect(results.filter((r) => r.complete).map((r) => r.provider)).toEqual(
      PROVIDERS.filter((p) => p !== "ory-kratos"),
    );
    expect(out).not.toContain("wrong-key");
  });

  it("takes credentials from the file too (the demo's format), with a note that the environment is better", async () => {
    const { file, env } = await person((made) => {
      made.person.providers.auth0 = { ...made.person.providers.auth0, AUTH0_TOKEN: made.env.AUTH0_TOKEN ?? "" };
      made.person.providers = { auth0: made.person.providers.auth0 };
    });
    const { code, err, out } = await signout(["--person", file, "--yes"], { env: {} });
    expect(code).toBe(0);
    expect(err).toMatch(/holds credentials \(AUTH0_TOKEN\); prefer the environment/);
    expect(`${out}${err}`).not.toContain(env.AUTH0_TOKEN);
  });
});
