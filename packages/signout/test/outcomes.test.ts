import { type MockProvider, type MockServers, startMockServers } from "@idp-sessions/mock";
import { afterEach, describe, expect, it } from "vitest";
import {
  APIUserAbortError,
  InternalServerError,
  PermissionDeniedError,
  type ProviderId,
  REVOKERS,
  revokeSessionAt,
  revokeUserSessionsAt,
} from "../src/index.js";
import { getNormalized, identityOf, liveIds } from "./identities.js";

const PROVIDERS = Object.keys(REVOKERS) as ProviderId[];
const running: MockServers[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((servers) => servers.close()));
});

/** A fresh mock server of one provider (its own state), and the identities of its two users. */
async function start(provider: ProviderId) {
  const servers = await startMockServers({ providers: [provider], usersPerProvider: 2, sessionsPerUser: 24, seed: 16 });
  running.push(servers);
  const mock: MockProvider = servers.providers[provider];
  const [first, second] = mock.users;
  if (!first || !second) throw new Error("the mock has no users");
  return { mock, alice: identityOf(provider, mock, first), bob: identityOf(provider, mock, second) };
}

describe.each(PROVIDERS)("%s, against its mock server", (provider) => {
  it("revokes every active session of the user, proves none is left, and leaves other users alone", async () => {
    const { alice, bob } = await start(provider);
    const bobBefore = (await revokeUserSessionsAt(bob, { dryRun: true })).found;
    const report = await revokeUserSessionsAt(alice);
    expect(report.found.length).toBeGreaterThan(0);
    expect([...report.revoked, ...report.alreadyGone].sort()).toEqual([...report.found].sort());
    expect(report.failed).toEqual([]);
    expect(report.verification?.stillActive).toEqual([]);
    expect(report.complete).toBe(true);
    expect((await revokeUserSessionsAt(alice, { dryRun: true })).found).toEqual([]);
    expect((await revokeUserSessionsAt(bob, { dryRun: true })).found).toEqual(bobBefore);
  });

  it("a dry run lists what would be revoked and revokes nothing", async () => {
    const { alice } = await start(provider);
    const plan = await revokeUserSessionsAt(alice, { dryRun: true });
    expect(plan).toMatchObject({ dryRun: true, revoked: [], failed: [], verification: null });
    expect(plan.found.length).toBeGreaterThan(0);
    expect((await revokeUserSessionsAt(alice, { dryRun: true })).found).toEqual(plan.found);
  });

  it("revokes one session; the second time it is already gone, and nothing is sent", async () => {
    const { mock, alice } = await start(provider);
    const [sessionId] = (await revokeUserSessionsAt(alice, { dryRun: true })).found;
    if (!sessionId) throw new Error("no session");
    expect(await revokeSessionAt(alice, sessionId)).toEqual({ sessionId, outcome: "revoked" });
    expect((await revokeUserSessionsAt(alice, { dryRun: true })).found).not.toContain(sessionId);
    let before = mock.requestCount;
    await revokeUserSessionsAt(alice, { dryRun: true });
    const listing = mock.requestCount - before;
    before = mock.requestCount;
    expect(await revokeSessionAt(alice, sessionId)).toEqual({ sessionId, outcome: "alreadyGone" });
    expect(mock.requestCount - before).toBe(listing); // the listing only
  });

  it("never ends another user's session, whatever id it is given", async () => {
    const { alice, bob } = await start(provider);
    const bobs = (await revokeUserSessionsAt(bob, { dryRun: true })).found;
    const target = bobs[0] as string;
    expect(await revokeSessionAt(alice, target)).toEqual({ sessionId: target, outcome: "alreadyGone" });
    expect((await revokeUserSessionsAt(bob, { dryRun: true })).found).toEqual(bobs);
  });

  it("reports a session whose revocation fails mid-way, and the verification names it", async () => {
    const { mock, alice } = await start(provider);
    const found = (await revokeUserSessionsAt(alice, { dryRun: true })).found;
    const live = await liveIds(alice);
    expect(live.length).toBeGreaterThanOrEqual(1);
    const failing = live[0] as string;
    mock.setRevokeFaults({ failing: { [failing]: 500 } });
    const report = await revokeUserSessionsAt(alice);
    const failure = report.failed.find((f) => f.sessionId === failing);
    expect(failure?.error).toBeInstanceOf(InternalServerError);
    expect(failure?.error.provider).toBe(provider);
    expect([...report.revoked, ...report.alreadyGone, ...report.failed.map((f) => f.sessionId)].sort()).toEqual(
      [...found].sort(),
    );
    expect(report.verification?.stillActive).toContain(failing);
    expect(report.complete).toBe(false);
  });

  it("names a session that survives a successful answer", async () => {
    const { mock, alice } = await start(provider);
    const survivor = (await liveIds(alice))[0] as string;
    mock.setRevokeFaults({ survivors: [survivor] });
    const report = await revokeUserSessionsAt(alice);
    expect(report.failed).toEqual([]);
    expect(report.verification?.stillActive).toEqual([survivor]);
    expect(report.complete).toBe(false);
  });

  it("throws APIUserAbortError when aborted, before and during the run", async () => {
    const { mock, alice } = await start(provider);
    const before = mock.requestCount;
    await expect(revokeUserSessionsAt(alice, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      APIUserAbortError,
    );
    expect(mock.requestCount).toBe(before);
    mock.injectFaults({ kind: "slow", delayMs: 5_000 });
    const controller = new AbortController();
    const run = revokeUserSessionsAt(alice, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("stopped by the operator")), 50);
    await expect(run).rejects.toBeInstanceOf(APIUserAbortError);
  });
});

// The providers whose credentials can read sessions without revoking them (Kratos' and MonoCloud's API keys
// have no such scope), and those with a get operation (Huawei has none).
const WITH_READ_ONLY: ProviderId[] = ["auth0", "zitadel", "huawei-identitycenter"];
const WITH_GET: ProviderId[] = ["auth0", "ory-kratos", "monocloud", "zitadel"];

it.each(WITH_READ_ONLY)(
  "%s: with a credential that may only read, each revocation is a PermissionDeniedError",
  async (provider) => {
    const { mock } = await start(provider);
    const reader = identityOf(provider, mock, mock.users[0] as (typeof mock.users)[0], mock.readOnlyCredentials);
    expect(mock.readOnlyCredentials).toBeDefined();
    const report = await revokeUserSessionsAt(reader);
    expect(report.found.length).toBeGreaterThan(0);
    expect(report.revoked).toEqual([]);
    expect(report.failed).toHaveLength(report.found.length);
    for (const { error } of report.failed) {
      expect(error).toBeInstanceOf(PermissionDeniedError);
      expect(error.provider).toBe(provider);
    }
    // Nothing was revoked: every live session is still active (ZITADEL's verification does not count an
    // expired one, which GetSession shows as expired, as active).
    const stillActive = report.verification?.stillActive ?? [];
    expect(stillActive).toEqual(expect.arrayContaining(await liveIds(reader)));
    expect(stillActive.every((id) => report.found.includes(id))).toBe(true);
  },
);

it.each(WITH_GET)("%s: normalize reads a session fetched with getSession like a listed one", async (provider) => {
  const { alice } = await start(provider);
  const [sessionId] = (await revokeUserSessionsAt(alice, { dryRun: true })).found;
  expect(await getNormalized(alice, sessionId as string)).toMatchObject({ provider, id: sessionId });
});
