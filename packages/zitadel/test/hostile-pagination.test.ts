import { getEventListeners } from "node:events";
import { caught, replyJson, startRecordingServer } from "@idp-sessions/testing";
import { describe, expect, it, onTestFinished } from "vitest";
import {
  ConfigurationError,
  createZitadelClient,
  listSessions,
  PaginationError,
  type ZitadelListSessionsRequest,
  type ZitadelSession,
} from "../src/index.js";

interface Reply {
  sessions: { id?: string }[];
  total: number | string;
}

/** A hostile ZITADEL on 127.0.0.1, closed when the test ends; `reply` gets the offset and limit asked for. */
async function hostile(reply: (offset: number, limit: number) => Reply) {
  const server = await startRecordingServer((request, res) => {
    const { query } = JSON.parse(request.body) as ZitadelListSessionsRequest;
    const { sessions, total } = reply(Number(query?.offset), query?.limit ?? 0);
    replyJson(res, 200, { details: { totalResult: String(total) }, sessions });
  });
  onTestFinished(() => server.close());
  return { server, client: createZitadelClient({ baseUrl: server.origin, token: "pat", maxRetries: 0 }) };
}

const sessions = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (list: readonly ZitadelSession[]) => list.map((s) => s.id);

describe("zitadel listSessions against a hostile server", () => {
  it("stops a total that is never reached at maxPages with a PaginationError naming it", async () => {
    const { server, client } = await hostile((offset) => ({ sessions: sessions(`s${offset}`), total: "999999999" }));
    const error = await caught(() => listSessions(client, { userId: "u" }, { maxPages: 5 }).collect());
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toContain("maxPages (5)");
    expect(server.requests).toHaveLength(5);
  });

  it("refuses pages that bring back the same sessions whatever the offset (PaginationError on page 2)", async () => {
    const { server, client } = await hostile(() => ({ sessions: sessions("1", "2"), total: 1000 }));
    expect(await caught(() => listSessions(client, { userId: "u" }).collect())).toBeInstanceOf(PaginationError);
    expect(server.requests).toHaveLength(2);
  });

  it("ends on an empty page although the total says more", async () => {
    const { server, client } = await hostile((offset) => ({ sessions: offset === 0 ? sessions("1") : [], total: 50 }));
    expect(ids(await listSessions(client, { userId: "u" }).collect())).toEqual(["1"]);
    expect(server.requests).toHaveLength(2);
  });

  it("yields a session once when a session created meanwhile shifts the offsets (newest first), and counts the skip", async () => {
    const before = ["4", "3", "2", "1"];
    const after = ["5", ...before];
    const { client } = await hostile((offset, limit) => {
      const all = offset === 0 ? before : after;
      return { sessions: sessions(...all.slice(offset, offset + limit)), total: all.length };
    });
    const list = listSessions(client, { userId: "u", ascending: false }, { pageSize: 2 });
    expect(ids(await list.collect())).toEqual(["4", "3", "2", "1"]);
    expect(list.skippedDuplicates).toBe(1);
  });

  it("leaves no listener on the caller's one signal after 50 pages, and no MaxListenersExceededWarning", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    onTestFinished(() => void process.off("warning", onWarning));
    const { client } = await hostile((offset) => ({ sessions: sessions(`s${offset}`), total: 50 }));
    const caller = new AbortController();
    expect(await listSessions(client, { userId: "u" }, { signal: caller.signal }).collect()).toHaveLength(50);
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on a later tick
    expect(warnings.map((w) => w.name)).not.toContain("MaxListenersExceededWarning");
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
  });

  it.each([
    [{ pageSize: -1 }, "pageSize (the spec's query.limit) must be an integer from 0 to 4294967295, got -1"],
    [{ pageSize: 4294967296 }, "pageSize (the spec's query.limit) must be an integer from 0 to 4294967295"],
    [{ pageSize: 10.5 }, "pageSize (the spec's query.limit) must be an integer"],
    [{ maxPages: 0 }, "maxPages must be a positive integer, got 0"],
  ])("refuses %j before any request", async (options, message) => {
    const { server, client } = await hostile(() => ({ sessions: [], total: 0 }));
    expect(() => listSessions(client, { userId: "u" }, options)).toThrow(ConfigurationError);
    expect(() => listSessions(client, { userId: "u" }, options)).toThrow(message);
    expect(server.requests).toHaveLength(0);
  });
});
