/**
 * examples/cloudflare-worker, bundled from its wrangler.toml's `main` and run in real workerd with that
 * file's compatibility date and the bindings a deployment has, against fresh mock servers of each
 * provider: lists what the server holds, revokes only the user's own sessions, and never lets a caller
 * without the shared secret reach the provider.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { type MockServers, startMockServers } from "@idp-sessions/mock";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PROVIDERS, type ProviderId } from "../../program/input.js";
import { PACKAGE_DIR } from "../../src/bundle.js";
import { bundleExample, EXAMPLES_DIR } from "../../src/examples/bundle-example.js";
import { liveIds, mockUser, requestCounts, sessionsOf } from "../../src/examples/mock-users.js";
import { NO_KEEP_ALIVE } from "../../src/no-keep-alive.js";
import { type StartedWorker, startWorkerd } from "../../src/runners/workerd.js";
import { killAll } from "../../src/spawn.js";

const SECRET = "a-shared-secret-of-the-test-0123456789";
const USER = 1;
const OTHER_USER = 0;

/** `main` and `compatibility_date` of the example's wrangler.toml: what `wrangler deploy` would use. */
async function wranglerSettings(): Promise<{ main: string; compatibilityDate: string }> {
  const toml = await readFile(join(EXAMPLES_DIR, "cloudflare-worker", "wrangler.toml"), "utf8");
  const value = (key: string) => new RegExp(`^${key} = "([^"]+)"$`, "m").exec(toml)?.[1] ?? "";
  return { main: value("main"), compatibilityDate: value("compatibility_date") };
}

let bundle: string;
let compatibilityDate: string;
let mocks: MockServers;
let worker: StartedWorker | undefined;

beforeAll(async () => {
  const settings = await wranglerSettings();
  compatibilityDate = settings.compatibilityDate;
  bundle = await bundleExample("cloudflare-worker", settings.main, join(PACKAGE_DIR, "dist", "example-worker.mjs"));
});

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  killAll();
  await mocks.close();
});

afterAll(() => {
  expect(killAll()).toBe(0);
});

/** The Worker's bindings for a provider's mock server: its address, credentials and identity store. */
function bindings(provider: ProviderId, secret: string | undefined): Record<string, string> {
  const { baseUrl, credentials, identityStoreId } = mockUser(mocks, provider, USER);
  const out: Record<string, string> = { IDP_PROVIDER: provider, IDP_BASE_URL: baseUrl };
  if (secret !== undefined) out.API_SECRET = secret;
  if (identityStoreId) out.IDP_IDENTITY_STORE_ID = identityStoreId;
  // Client option name to binding: token -> IDP_TOKEN, secretAccessKey -> IDP_SECRET_ACCESS_KEY.
  for (const [option, value] of Object.entries(credentials)) {
    out[`IDP_${option.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`] = value;
  }
  return out;
}

async function call(method: string, path: string, secret = SECRET): Promise<{ status: number; body: unknown }> {
  if (!worker) throw new Error("no worker");
  const response = await fetch(`${worker.url}${path}`, {
    method,
    headers: { ...NO_KEEP_ALIVE, authorization: `Bearer ${secret}` },
  });
  return { status: response.status, body: await response.json() };
}

describe.each(PROVIDERS)("examples/cloudflare-worker in workerd, at %s", (provider) => {
  beforeEach(async () => {
    mocks = await startMockServers({ providers: [provider], usersPerProvider: 2, sessionsPerUser: 6 });
  });

  const start = async (secret: string | undefined) => {
    worker = await startWorkerd({
      modulePath: bundle,
      compatibilityDate,
      bindings: bindings(provider, secret),
      timeoutMs: 30_000,
    });
  };
  const userPath = (index: number) => `/users/${encodeURIComponent(mockUser(mocks, provider, index).userId)}`;

  it("lists the user's sessions, revokes one of them and no one else's, then signs the user out", async () => {
    await start(SECRET);
    const held = await sessionsOf(mocks, provider, USER);
    const listed = await call("GET", `${userPath(USER)}/sessions`);
    expect(listed.status).toBe(200);
    const { sessions } = listed.body as {
      sessions: { id: string; provider: string; userId: string; status: string }[];
    };
    expect(sessions.map(({ id, status }) => ({ id, status }))).toEqual(held);
    expect(new Set(sessions.map((s) => `${s.provider} ${s.userId}`))).toEqual(
      new Set([`${provider} ${mockUser(mocks, provider, USER).userId}`]),
    );

    // Another user's session, asked for under this user: refused, and it stays.
    const othersBefore = await sessionsOf(mocks, provider, OTHER_USER);
    const [othersFirst] = await liveIds(mocks, provider, OTHER_USER);
    const refused = await call("DELETE", `${userPath(USER)}/sessions/${encodeURIComponent(othersFirst ?? "")}`);
    expect(refused.status).toBe(404);
    expect(await sessionsOf(mocks, provider, OTHER_USER)).toEqual(othersBefore);

    const [first] = await liveIds(mocks, provider, USER);
    const revoked = await call("DELETE", `${userPath(USER)}/sessions/${encodeURIComponent(first ?? "")}`);
    expect(revoked).toEqual({ status: 200, body: { sessionId: first, outcome: "revoked" } });
    expect(await liveIds(mocks, provider, USER)).not.toContain(first);
    // Kratos disables a session and keeps it listed; the other providers delete it.
    expect((await sessionsOf(mocks, provider, USER)).find((s) => s.id === first)?.status).toBe(
      provider === "ory-kratos" ? "inactive" : undefined,
    );

    const signedOut = await call("POST", `${userPath(USER)}/signout`);
    expect(signedOut.status).toBe(200);
    expect(signedOut.body).toMatchObject({ provider, complete: true, failed: [] });
    expect(await liveIds(mocks, provider, USER)).toEqual([]);
    expect(await sessionsOf(mocks, provider, OTHER_USER)).toEqual(othersBefore);
  });

  it("answers 401 to a wrong or missing secret and sends nothing to the provider", async () => {
    await start(SECRET);
    const counts = requestCounts(mocks);
    for (const method of ["GET", "DELETE", "POST"]) {
      const path = { GET: "/sessions", DELETE: "/sessions/x", POST: "/signout" }[method];
      expect(await call(method, `${userPath(USER)}${path}`, `${SECRET}x`)).toEqual({
        status: 401,
        body: { error: "unauthorized" },
      });
      const response = await fetch(`${worker?.url}${userPath(USER)}${path}`, { method, headers: NO_KEEP_ALIVE });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe("Bearer");
    }
    expect(requestCounts(mocks)).toEqual(counts);
  });

  it.each([
    ["not set", undefined],
    ["shorter than 32 characters", "0123456789abcdef0123456789abcde"],
  ])("refuses every call when API_SECRET is %s (fails closed), sending nothing", async (_, secret) => {
    await start(secret);
    const counts = requestCounts(mocks);
    expect((await call("GET", `${userPath(USER)}/sessions`, secret ?? "")).status).toBe(500);
    expect(requestCounts(mocks)).toEqual(counts);
  });
});
