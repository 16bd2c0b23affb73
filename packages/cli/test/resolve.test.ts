import { CONTRACT_PROVIDERS, ENV_VARIABLES } from "@idp-sessions/contract";
import { APIConnectionError, ConfigurationError, PaginationError } from "@idp-sessions/core";
import { describe, expect, it } from "vitest";
import { CommandError, UsageError } from "../src/exit-codes.js";
import { explainError } from "../src/providers/explain.js";
import { resolveSettings } from "../src/providers/resolve.js";
import { settingsFor } from "../src/providers/settings.js";

const AUTH0 = { provider: "auth0", operation: "createClient" };

describe("resolveSettings: flags win over the environment", () => {
  it.each<[string, Record<string, string>, Record<string, string>]>([
    [
      "--base-url over AUTH0_DOMAIN",
      { AUTH0_DOMAIN: "env.example.com" },
      { "base-url": "https://flag.example/api/v2" },
    ],
    [
      "--base-url over AUTH0_BASE_URL",
      { AUTH0_BASE_URL: "https://env.example/api/v2" },
      { "base-url": "https://flag.example/api/v2" },
    ],
    ["--domain over AUTH0_BASE_URL", { AUTH0_BASE_URL: "https://env.example/api/v2" }, { domain: "flag.example" }],
    [
      "--domain over both variables",
      { AUTH0_DOMAIN: "a.example", AUTH0_BASE_URL: "https://b.example" },
      { domain: "flag.example" },
    ],
  ])("%s", (_name, env, flags) => {
    const { values, sources } = resolveSettings("auth0", { ...flags, user: "u" }, { ...env, AUTH0_TOKEN: "t" });
    const option = flags.domain ? "domain" : "baseUrl";
    expect(values[option]).toBe(flags.domain ?? flags["base-url"]);
    expect(values[option === "domain" ? "baseUrl" : "domain"]).toBeUndefined();
    expect(sources[option]).toBe(option === "domain" ? "--domain" : "--base-url");
    expect(sources.token).toBe("AUTH0_TOKEN");
  });

  it("a credential flag wins over its variable; every setting remembers where it came from", () => {
    const r = resolveSettings(
      "huawei-identitycenter",
      { user: "u", "identity-store": "d-1", "access-key-id": "AK-flag" },
      { HUAWEI_REGION: "ap-southeast-1", HUAWEI_ACCESS_KEY_ID: "AK-env", HUAWEI_SECRET_ACCESS_KEY: "SK" },
    );
    expect(r.values).toMatchObject({ region: "ap-southeast-1", accessKeyId: "AK-flag", secretAccessKey: "SK" });
    expect(r.sources).toMatchObject({
      region: "HUAWEI_REGION",
      accessKeyId: "--access-key-id",
      identityStoreId: "--identity-store",
    });
  });

  it.each([
    [
      "both address flags",
      { domain: "a.example", "base-url": "https://b.example" },
      {},
      /pass either --domain or --base-url, not both/,
    ],
    [
      "both address variables",
      {},
      { AUTH0_DOMAIN: "a.example", AUTH0_BASE_URL: "https://b.example" },
      /AUTH0_DOMAIN and AUTH0_BASE_URL are both set/,
    ],
    ["no address", {}, {}, /auth0 needs --domain \(AUTH0_DOMAIN\) or --base-url \(AUTH0_BASE_URL\)$/],
    ["a flag of another provider", { domain: "a.example", region: "eu" }, {}, /--region does not apply to auth0/],
    ["an empty flag", { domain: "" }, {}, /--domain is empty/],
  ])("usage error: %s", (_name, flags, env, message) => {
    expect(() => resolveSettings("auth0", { user: "u", ...flags }, { AUTH0_TOKEN: "t", ...env })).toThrow(message);
    expect(() => resolveSettings("auth0", { user: "u", ...flags }, { AUTH0_TOKEN: "t", ...env })).toThrow(UsageError);
  });

  it("Ory Network needs its key; a self-hosted Kratos does not", () => {
    expect(() => resolveSettings("ory-kratos", { user: "i", "project-slug": "p" }, {})).toThrow(
      /--token \(ORY_API_KEY\)/,
    );
    expect(
      resolveSettings("ory-kratos", { user: "i", "base-url": "http://127.0.0.1:4434" }, {}).values.token,
    ).toBeUndefined();
  });

  it("reads the user from its variable when there is no --user (the demo's real tenants)", () => {
    const r = resolveSettings(
      "zitadel",
      {},
      { ZITADEL_DOMAIN: "z.example", ZITADEL_TOKEN: "t", ZITADEL_USER_ID: "42" },
    );
    expect(r.values.userId).toBe("42");
  });
});

describe("explainError: the client's words become the command line's", () => {
  const settings = resolveSettings(
    "auth0",
    { user: "u", "base-url": "https://x.example/api/v2" },
    { AUTH0_TOKEN: "t" },
  );

  it("names the flag or variable a value came from, never inside a quoted value, and keeps the exit code", () => {
    const error = new ConfigurationError(AUTH0, 'baseUrl must not have a query; token "baseUrl token" userId');
    const explained = explainError(error, { settings });
    expect(explained).toBeInstanceOf(CommandError);
    expect((explained as CommandError).message).toBe(
      'auth0 createClient: --base-url must not have a query; AUTH0_TOKEN "baseUrl token" --user',
    );
    expect((explained as CommandError).exitCode).toBe(2);
    expect((explained as CommandError).cause).toBe(error);
  });

  it("names a setting that was not given as flag and variable, and maxPages as --max-pages", () => {
    const missing = explainError(new ConfigurationError(AUTH0, "pass domain or baseUrl"), { settings });
    expect((missing as Error).message).toBe("auth0 createClient: pass --domain (AUTH0_DOMAIN) or --base-url");
    const pages = new PaginationError(
      AUTH0,
      "more pages after maxPages (3); raise maxPages, or use collect({ limit }) to take only some",
    );
    const explained = explainError(pages, { settings }) as CommandError;
    expect(explained.message).toBe("auth0 createClient: more pages after --max-pages (3); raise --max-pages");
    expect(explained.exitCode).toBe(5);
  });

  it("names the host a network error could not reach", () => {
    const error = new APIConnectionError(AUTH0, "could not reach the server (fetch failed: ENOTFOUND)");
    expect((explainError(error, { settings, host: "tenant-typo.example" }) as Error).message).toBe(
      "auth0 createClient: could not reach tenant-typo.example (fetch failed: ENOTFOUND)",
    );
    const other = new APIConnectionError(AUTH0, "the connection broke while reading the response (terminated)");
    expect((explainError(other, { settings, host: "127.0.0.1:8080" }) as Error).message).toMatch(
      /\(host 127\.0\.0\.1:8080\)$/,
    );
    expect(explainError(error, { settings })).toBe(error);
  });
});

describe("SETTINGS and contract's ENV_VARIABLES", () => {
  it.each(CONTRACT_PROVIDERS)("%s: the CLI reads the variables the live contract check documents", (provider) => {
    const s = settingsFor(provider);
    const v = ENV_VARIABLES[provider];
    expect([s.address.variable, s.baseUrl.variable]).toEqual(v.oneOf);
    expect(Object.fromEntries(s.credentials.map((c) => [c.option, c.variable]))).toEqual(v.credentials);
    expect(s.params.map((p) => p.variable)).toContain(v.user);
  });
});
