/**
 * The runtime matrix: the same bundled program, run as a real process of each runtime against mock
 * servers started here, and held to the same expectations everywhere. Each runtime gets its own servers,
 * so that its revoke starts from the seed's sessions.
 */
import { type MockServers, startMockServers } from "@idp-sessions/mock";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { PROVIDERS, type ProgramInput, type ProgramResult, type ProviderId } from "../program/input.js";
import { listStatuses } from "../program/list-revoke.js";
import { type Host, programBundles } from "../src/bundle.js";
import { type HostileServers, startHostileServers } from "../src/hostile-server.js";
import { RUNNERS } from "../src/runners/index.js";
import { killAll } from "../src/spawn.js";

const SESSIONS_PER_USER = 9;
const PAGE_SIZE = 4;
/** The second user of each provider: not the first, so that a mix-up of users shows. */
const USER = 1;
/** Huawei's API has no paging: one response holds every session. */
const ONE_PAGE: readonly ProviderId[] = ["huawei-identitycenter"];
/** Kratos' revoke disables a session, which stays listed as inactive; the other providers delete it. */
const KEPT_INACTIVE: readonly ProviderId[] = ["ory-kratos"];
/** The stalled call's attempt timeout: long enough for a first byte, short for the suite. */
const STALL_TIMEOUT_MS = 400;

const bundles: Record<Host, string> = programBundles();
let mocks: MockServers;
let hostile: HostileServers;
let input: ProgramInput;
/** Every provider's sessions as Node lists them in one page, before the runtime runs. */
let expected: Record<ProviderId, { id: string; status: string }[]>;

beforeEach(async () => {
  // CORS on, for any origin: Chromium's page is served from 127.0.0.1 on a port picked when it runs (another
  // origin than every mock server's); the other runtimes send no Origin and get no CORS headers.
  mocks = await startMockServers({ usersPerProvider: 2, sessionsPerUser: SESSIONS_PER_USER, cors: true });
  const providers = {} as ProgramInput["providers"];
  for (const id of PROVIDERS) {
    const { baseUrl, credentials, users } = mocks.providers[id];
    const user = users[USER];
    if (!user) throw new Error(`${id}: the mock has no user ${USER}`);
    providers[id] = {
      baseUrl,
      credentials,
      userId: user.userId,
      ...(user.identityStoreId ? { identityStoreId: user.identityStoreId } : {}),
    };
  }
  hostile = await startHostileServers();
  input = {
    pageSize: PAGE_SIZE,
    providers,
    defences: {
      redirectBaseUrl: hostile.redirectBaseUrl,
      stallBaseUrl: hostile.stallBaseUrl,
      timeoutMs: STALL_TIMEOUT_MS,
    },
  };
  expected = {} as typeof expected;
  for (const id of PROVIDERS) expected[id] = await listStatuses(id, providers[id], 100);
});

afterEach(async () => {
  killAll();
  await mocks.close();
  await hostile.close();
});

afterAll(() => {
  expect(killAll()).toBe(0);
});

/** `127.0.0.1:port` of every mock server and of the hostile servers. */
function allowNet(): string[] {
  return [...PROVIDERS.map((id) => new URL(mocks.providers[id].baseUrl).host), ...hostile.hosts];
}

describe.each(RUNNERS)("$id ($source)", (runner) => {
  it("lists, normalizes and revokes at all five providers, with typed 401 and 404 errors; refuses a redirect and times out a stalled body", async (context) => {
    const unavailable = runner.unavailable?.();
    if (unavailable) context.skip(unavailable);
    const stdout = await runner.run({ bundles, input, allowNet: allowNet(), timeoutMs: 60_000 });
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0] ?? "") as ProgramResult;
    expect(result.runtime).toBe(runner.runtime);
    expect(result.version).toMatch(runner.version);

    for (const id of PROVIDERS) {
      const got = result.providers[id];
      const ids = expected[id].map((session) => session.id);
      const mockUser = mocks.providers[id].users[USER];
      expect(ids).toHaveLength(mockUser?.sessionCount ?? -1);
      expect({ id, count: got.count, ids: got.ids }).toEqual({ id, count: SESSIONS_PER_USER, ids });
      expect({ id, pages: got.pages }).toEqual({
        id,
        pages: ONE_PAGE.includes(id) ? 1 : Math.ceil(SESSIONS_PER_USER / PAGE_SIZE),
      });
      expect({ id, providers: got.normalizedProviders, userIds: got.normalizedUserIds }).toEqual({
        id,
        providers: [id],
        userIds: [input.providers[id].userId],
      });

      // The first active session is revoked; the server, asked from here, agrees with the runtime's listing.
      const revoked = expected[id].find((session) => session.status === "active")?.id;
      expect({ id, ...got.revoke }).toEqual({ id, sessionId: revoked, outcome: "revoked" });
      const after = (await listStatuses(id, input.providers[id], 100)).map((session) => session.id);
      expect({ id, after: got.after.ids }).toEqual({ id, after });
      expect({ id, after: got.after.ids, status: got.after.revokedStatus }).toEqual(
        KEPT_INACTIVE.includes(id)
          ? { id, after: ids, status: "inactive" }
          : { id, after: ids.filter((session) => session !== revoked), status: null },
      );

      expect({ id, ...got.unauthorized }).toEqual({
        id,
        how: "listSessions(wrong credential)",
        name: "AuthenticationError",
        status: 401,
        isExpectedClass: true,
        isAPIError: true,
      });
      expect({ id, ...got.notFound }).toEqual({
        id,
        how: expect.any(String),
        name: "NotFoundError",
        status: 404,
        isExpectedClass: true,
        isAPIError: true,
      });
    }

    // The defences on the runtime's own fetch: nothing followed to the other origin (a browser hides the
    // status of a manual redirect: 0), and the stalled body ended by the attempt's timeout.
    expect(result.defences?.redirect).toEqual({
      name: "RedirectError",
      status: runner.runtime === "chromium" ? 0 : 302,
      isExpectedClass: true,
      timeoutMs: null,
    });
    expect(result.defences?.stall).toEqual({
      name: "APIConnectionTimeoutError",
      status: null,
      isExpectedClass: true,
      timeoutMs: STALL_TIMEOUT_MS,
    });
    expect(hostile.stalled()).toBe(1);
  });
});
