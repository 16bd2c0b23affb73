import { getEventListeners } from "node:events";
import { replyJson, startRecordingServer } from "@idp-sessions/testing";
import { describe, expect, it, onTestFinished } from "vitest";
import { ConfigurationError, createHuaweiIdentityCenterClient, listSessions } from "../src/index.js";

const params = { identityStoreId: "d-123", userId: "u1" };

/** A hostile Identity Center on 127.0.0.1 answering `body` to every request, closed when the test ends. */
async function hostile(body: unknown) {
  const server = await startRecordingServer((_, res) => replyJson(res, 200, body));
  onTestFinished(() => server.close());
  const client = createHuaweiIdentityCenterClient({
    baseUrl: server.origin,
    accessKeyId: "AK",
    secretAccessKey: "huawei-secret-key",
    maxRetries: 0,
  });
  return { server, client };
}

const session = (session_id?: string) => ({ session_id, user_id: "u1", creation_time: 1, session_not_valid_after: 2 });

describe("huawei-identitycenter listSessions against a hostile server", () => {
  it("yields a session_id listed twice in its one response once, and counts the skip", async () => {
    const { server, client } = await hostile({ session_list: [session("a"), session("b"), session("a")] });
    const list = listSessions(client, params);
    const pages = [];
    for await (const page of list.pages()) pages.push(page);
    expect(pages.map((p) => [p.items.map((s) => s.session_id), p.skippedDuplicates])).toEqual([[["a", "b"], 1]]);
    expect(list.skippedDuplicates).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it("keeps sessions without a session_id: not deduplicated, not dropped", async () => {
    const { client } = await hostile({ session_list: [session(), session(), session("a")] });
    expect(await listSessions(client, params).collect()).toHaveLength(3);
  });

  it("leaves no listener on the caller's signal", async () => {
    const { client } = await hostile({ session_list: [session("a")] });
    const caller = new AbortController();
    expect(await listSessions(client, params, { signal: caller.signal }).collect()).toHaveLength(1);
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
  });

  it.each([
    [params, { maxPages: 0 }, "maxPages must be a positive integer, got 0"],
    [{ ...params, identityStoreId: "" }, {}, "identityStoreId must be a non-empty string"],
    [{ ...params, userId: ".." }, {}, "cannot be sent as a path segment"],
  ])("refuses %j %j before any request", async (p, options, message) => {
    const { server, client } = await hostile({});
    expect(() => listSessions(client, p, options)).toThrow(ConfigurationError);
    expect(() => listSessions(client, p, options)).toThrow(message);
    expect(server.requests).toHaveLength(0);
  });
});
