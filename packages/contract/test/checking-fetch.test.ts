import { startMockServers } from "@idp-sessions/mock";
import { type RecordingServer, replyJson, startRecordingServer } from "@idp-sessions/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkingFetch } from "../src/index.js";

const mock = await startMockServers({ seed: 3, usersPerProvider: 1, sessionsPerUser: 2, providers: ["auth0"] });
const a = mock.providers.auth0;
const listing = (base: string) => `${base}/users/${encodeURIComponent(a.users[0]?.userId ?? "")}/sessions`;
const auth = { headers: { authorization: `Bearer ${a.credentials.token}` } };
let hostile: RecordingServer;
beforeAll(async () => {
  // Echoes the token it got into a session id of the wrong type's neighbour: a violation that must not quote it.
  hostile = await startRecordingServer((request, res) =>
    replyJson(res, 200, { sessions: [{ id: 5, user_id: String(request.headers.authorization) }] }),
  );
});
afterAll(async () => {
  await hostile.close();
  await mock.close();
});

describe("checkingFetch: a drop-in fetch that checks every exchange as it happens", () => {
  it("a valid exchange: no violation, and the app gets the response unchanged", async () => {
    const checked = checkingFetch("auth0");
    const response = await checked.fetch(listing(a.baseUrl), auth);
    expect((await response.json()).sessions).toHaveLength(2);
    expect([checked.exchanges, checked.violations]).toEqual([1, []]);
  });

  it("a wrong response: a violation at its pointer, the credential redacted, nothing thrown", async () => {
    const checked = checkingFetch("auth0");
    const response = await checked.fetch(listing(`${hostile.origin}/api/v2`), auth);
    expect(response.status).toBe(200);
    expect(checked.violations).toContainEqual(
      expect.objectContaining({ in: "body", pointer: "/sessions/0/id", operation: "getUserSessions", exchange: 0 }),
    );
    expect(JSON.stringify(checked.violations)).not.toContain(a.credentials.token);
  });

  it("keeps at most maxViolations, counts the rest, and clear() forgets them", async () => {
    const checked = checkingFetch("auth0", { maxViolations: 1 });
    for (let i = 0; i < 3; i++) await checked.fetch(listing(`${hostile.origin}/api/v2`), auth);
    expect([checked.exchanges, checked.violations.length, checked.omitted > 0]).toEqual([3, 1, true]);
    checked.clear();
    expect([checked.exchanges, checked.violations.length, checked.omitted]).toEqual([0, 0, 0]);
  });

  it("a refused connection reaches the app as fetch's own error; the request is still checked", async () => {
    const checked = checkingFetch("auth0");
    await expect(checked.fetch("http://127.0.0.1:1/api/v2/nowhere", auth)).rejects.toThrow(TypeError);
    expect(checked.violations).toContainEqual(expect.objectContaining({ in: "path", message: "no operation matches" }));
  });
});
