import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseReportDocument, renderReport } from "@idp-sessions/contract";
import { startMockServers } from "@idp-sessions/mock";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./helpers/run-cli.js";

const mock = await startMockServers({ seed: 7, usersPerProvider: 1, sessionsPerUser: 3, providers: ["auth0"] });
const dir = await mkdtemp(join(tmpdir(), "idp-contract-"));
afterAll(async () => {
  await mock.close();
  await rm(dir, { recursive: true, force: true });
});
const a = mock.providers.auth0;
const auth0Env = { AUTH0_BASE_URL: a.baseUrl, AUTH0_TOKEN: a.credentials.token, AUTH0_USER_ID: a.users[0]?.userId };

describe("contract --require: a run cannot pass by checking nothing", () => {
  it("a required provider whose variables are missing exits 9, naming it and the variables", async () => {
    const r = await run(["contract", "--require", "zitadel"], auth0Env);
    expect(r.code).toBe(9);
    expect(r.stderr).toBe(
      "idp-sessions contract: zitadel is required but was skipped: set ZITADEL_DOMAIN or ZITADEL_BASE_URL, ZITADEL_TOKEN, ZITADEL_USER_ID\n",
    );
    expect(r.stdout).toMatch(/^auth0\s+passed/m);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("required but skipped: zitadel");
  });

  it("empty variables (an unset CI secret) are missing too, and named as empty", async () => {
    const r = await run(["contract", "--require", "all", "--provider", "auth0"], { ...auth0Env, AUTH0_TOKEN: "" });
    expect(r.code).toBe(9);
    expect(r.stderr).toContain("auth0 is required but was skipped: set AUTH0_TOKEN (empty: AUTH0_TOKEN)");
  });

  it("without --require the same run exits 0; with every required provider checked, 0 too", async () => {
    expect((await run(["contract"], auth0Env)).code).toBe(0);
    expect((await run(["contract", "--provider", "auth0", "--require", "all"], auth0Env)).code).toBe(0);
  });

  it("a failed check wins over a required provider skipped: exit 1, and both are reported", async () => {
    const r = await run(["contract", "--require", "auth0,zitadel", "--destructive"], auth0Env);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^auth0\s+failed/m);
    expect(r.stderr).toContain("zitadel is required but was skipped");
  });

  it("refuses unknown ids and providers outside --provider (exit 2)", async () => {
    expect((await run(["contract", "--require", "okta"])).code).toBe(2);
    const r = await run(["contract", "--provider", "auth0", "--require", "zitadel"]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("not among the providers checked")]);
  });
});

describe("contract --format, --output and --from", () => {
  const file = join(dir, "contract.json");

  it("writes the JSON report to --output, and --from renders every format from it as the run would", async () => {
    const env = { ...auth0Env, ZITADEL_TOKEN: "" };
    const r = await run(["contract", "--format", "json", "--output", file, "--require", "all"], env);
    expect([r.code, r.stdout]).toEqual([9, ""]);
    const doc = parseReportDocument(await readFile(file, "utf8"));
    expect(doc.summary).toMatchObject({ checked: 1, skipped: 4, failed: 0, requiredSkipped: expect.any(Array) });
    for (const format of ["junit", "github", "markdown"] as const) {
      const rendered = await run(["contract", "--from", file, "--format", format]);
      expect([rendered.code, rendered.stdout]).toEqual([0, renderReport(doc, format)]);
    }
    const text = await run(["contract", "--from", file]);
    expect(text.stdout).toBe((await run(["contract", "--require", "all"], env)).stdout);
  });

  it("--from --output writes the rendering to a file; --from never reads the environment's tenants", async () => {
    const out = join(dir, "junit.xml");
    const r = await run(["contract", "--from", file, "--format", "junit", "--output", out], {});
    expect(r.code).toBe(0);
    expect(await readFile(out, "utf8")).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
  });

  it("usage errors: an unknown format, --from with run flags, a file that is not a report (exit 2)", async () => {
    expect((await run(["contract", "--format", "yaml"])).code).toBe(2);
    expect((await run(["contract", "--from", file, "--require", "all"])).code).toBe(2);
    const bad = join(dir, "bad.json");
    await writeFile(bad, '{"version":2}');
    const r = await run(["contract", "--from", bad]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("not a version 1 report")]);
    expect((await run(["contract", "--from", join(dir, "missing.json")])).code).toBe(2);
  });

  it("an --output that cannot be written exits 74", async () => {
    const r = await run(["contract", "--from", file, "--output", join(dir, "no", "such", "dir.xml")]);
    expect([r.code, r.stderr]).toEqual([74, expect.stringContaining("cannot write")]);
  });

  it("--help documents the flags and exit code 9", async () => {
    const { stdout } = await run(["contract", "--help"]);
    for (const flag of ["--require <ids|all>", "--format <format>", "--output <file>", "--from <file>", "9"])
      expect(stdout).toContain(flag);
    expect((await run(["--help"])).stdout).toContain("9 contract: a --require'd provider");
  });
});
