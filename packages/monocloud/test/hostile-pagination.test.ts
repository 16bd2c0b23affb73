import { getEventListeners } from "node:events";
import { DEFAULT_MAX_PAGES } from "@idp-sessions/core";
import { caught, type RecordedRequest, replyJson, startRecordingServer } from "@idp-sessions/testing";
import { describe, expect, it, onTestFinished } from "vitest";
import {
  APIUserAbortError,
  ConfigurationError,
  createMonoCloudClient,
  listSessions,
  type MonoCloudSession,
  PaginationError,
} from "../src/index.js";

interface Reply {
  sessions: { session_id?: string }[];
  hasNext: boolean;
}

/** A hostile MonoCloud on 127.0.0.1, closed when the test ends; `reply` gets the page number asked for. */
async function hostile(reply: (page: number, request: RecordedRequest) => Reply) {
  const server = await startRecordingServer((request, res) => {
    const page = Number(new URL(request.rawUrl, "http://x").searchParams.get("page"));
    const { sessions, hasNext } = reply(page, request);
    replyJson(res, 200, sessions, { "x-pagination": JSON.stringify({ current_page: page, has_next: hasNext }) });
  });
  onTestFinished(() => server.close());
  return { server, client: createMonoCloudClient({ baseUrl: server.origin, apiKey: "mc-key", maxRetries: 0 }) };
}

const sessions = (...ids: string[]) => ids.map((session_id) => ({ session_id }));
const ids = (list: readonly MonoCloudSession[]) => list.map((s) => s.session_id);

describe("monocloud listSessions against a hostile server", () => {
  // 5000 real requests: a few seconds alone, several times that beside other suites on a loaded machine.
  it(`stops has_next forever at the default maxPages (${DEFAULT_MAX_PAGES}) with a PaginationError naming it`, {
    timeout: 120_000,
  }, async () => {
    const { server, client } = await hostile((page) => ({ sessions: sessions(`s${page}`), hasNext: true }));
    const error = await caught(() => listSessions(client, { userId: "u1" }).collect());
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toContain(`maxPages (${DEFAULT_MAX_PAGES})`);
    expect(server.requests).toHaveLength(DEFAULT_MAX_PAGES);
  });

  it("ends on an empty page although has_next is true", async () => {
    const { server, client } = await hostile((page) => ({ sessions: page === 1 ? sessions("s1") : [], hasNext: true }));
    expect(ids(await listSessions(client, { userId: "u1" }).collect())).toEqual(["s1"]);
    expect(server.requests).toHaveLength(2);
  });

  it("refuses pages that bring back the same sessions (PaginationError on page 2)", async () => {
    const { server, client } = await hostile(() => ({ sessions: sessions("s1", "s2"), hasNext: true }));
    expect(await caught(() => listSessions(client, { userId: "u1" }).collect())).toBeInstanceOf(PaginationError);
    expect(server.requests).toHaveLength(2);
  });

  it("yields a session once when a session created meanwhile shifts it onto the next page, and counts the skip", async () => {
    // Newest first, 2 per page: n1 is created between page 1 and page 2, pushing s2 onto page 2.
    const before = ["s1", "s2", "s3", "s4"];
    const after = ["n1", ...before];
    const { client } = await hostile((page) => {
      const all = page === 1 ? before : after;
      return { sessions: sessions(...all.slice((page - 1) * 2, page * 2)), hasNext: page * 2 < all.length };
    });
    const list = listSessions(client, { userId: "u1", sort: "initiated_at:-1" }, { pageSize: 2 });
    const skipped: number[] = [];
    const seen: (string | undefined)[] = [];
    for await (const page of list.pages()) {
      skipped.push(page.skippedDuplicates);
      seen.push(...ids(page.items));
    }
    expect(seen).toEqual(["s1", "s2", "s3", "s4"]);
    expect(skipped).toEqual([0, 1, 0]);
    expect(list.skippedDuplicates).toBe(1);
  });

  it("keeps sessions that come without a session_id: not deduplicated, not dropped", async () => {
    const { client } = await hostile((page) => ({ sessions: [{}, ...sessions(`s${page}`)], hasNext: page < 2 }));
    expect(ids(await listSessions(client, { userId: "u1" }).collect())).toEqual([undefined, "s1", undefined, "s2"]);
  });

  it("leaves no listener on the caller's one signal after 50 pages, and no MaxListenersExceededWarning", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    onTestFinished(() => void process.off("warning", onWarning));
    const { client } = await hostile((page) => ({ sessions: sessions(`s${page}`), hasNext: page < 50 }));
    const caller = new AbortController();
    expect(await listSessions(client, { userId: "u1" }, { signal: caller.signal }).collect()).toHaveLength(50);
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on a later tick
    expect(warnings.map((w) => w.name)).not.toContain("MaxListenersExceededWarning");
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
  });

  it("aborts the page under way when the caller's signal aborts mid-listing", async () => {
    const { server, client } = await hostile((page) => ({ sessions: sessions(`s${page}`), hasNext: true }));
    const caller = new AbortController();
    const error = await caught(async () => {
      for await (const page of listSessions(client, { userId: "u1" }, { signal: caller.signal }).pages()) {
        if (page.index === 1) caller.abort();
      }
    });
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(2);
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
  });

  it.each([
    [{ pageSize: 0 }, "pageSize (the spec's size) must be an integer of at least 1, got 0"],
    [{ pageSize: 1.5 }, "pageSize (the spec's size) must be an integer of at least 1, got 1.5"],
    [{ maxPages: 2.5 }, "maxPages must be a positive integer, got 2.5"],
  ])("refuses %j before any request", async (options, message) => {
    const { server, client } = await hostile(() => ({ sessions: [], hasNext: false }));
    expect(() => listSessions(client, { userId: "u1" }, options)).toThrow(ConfigurationError);
    expect(() => listSessions(client, { userId: "u1" }, options)).toThrow(message);
    expect(server.requests).toHaveLength(0);
  });
});
