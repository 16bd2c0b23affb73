import { getEventListeners } from "node:events";
import { caught, type RecordedRequest, replyJson, startRecordingServer } from "@idp-sessions/testing";
import { describe, expect, it, onTestFinished } from "vitest";
import { ConfigurationError, createOryKratosClient, listSessions, PaginationError } from "../src/index.js";

const IDENTITY = "6f1c1f70-0d5a-4d1f-9a0b-2e6f6b1c2d3e";

interface Reply {
  sessions: { id: string }[];
  /** The page_token of the rel="next" link; none on the last page. */
  next?: string | undefined;
}

/** A hostile Kratos on 127.0.0.1, closed when the test ends; `reply` gets the request and its number. */
async function hostile(reply: (request: RecordedRequest, n: number) => Reply) {
  const server = await startRecordingServer((request, res) => {
    const { sessions, next } = reply(request, server.requests.length);
    const headers: Record<string, string> = {};
    if (next !== undefined) headers.link = `</admin/identities/${IDENTITY}/sessions?page_token=${next}>; rel="next"`;
    replyJson(res, 200, sessions, headers);
  });
  onTestFinished(() => server.close());
  return { server, client: createOryKratosClient({ baseUrl: server.origin, maxRetries: 0 }) };
}

const sessions = (...ids: string[]) => ids.map((id) => ({ id }));

describe("ory-kratos listSessions against a hostile server", () => {
  it('ends on an empty page although Kratos links rel="next" (an identity without sessions)', async () => {
    const { server, client } = await hostile((_, n) => ({ sessions: [], next: `t${n}` }));
    expect(await listSessions(client, { identityId: IDENTITY }).collect()).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("refuses fresh tokens that bring back the same sessions (PaginationError on page 2)", async () => {
    const { server, client } = await hostile((_, n) => ({ sessions: sessions("a", "b"), next: `t${n}` }));
    expect(await caught(() => listSessions(client, { identityId: IDENTITY }).collect())).toBeInstanceOf(
      PaginationError,
    );
    expect(server.requests).toHaveLength(2);
  });

  it("stops fresh tokens with fresh sessions at maxPages with a PaginationError naming it", async () => {
    const { server, client } = await hostile((_, n) => ({ sessions: sessions(`s${n}`), next: `t${n}` }));
    const error = await caught(() => listSessions(client, { identityId: IDENTITY }, { maxPages: 4 }).collect());
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toContain("maxPages (4)");
    expect(server.requests).toHaveLength(4);
  });

  it('ends on an empty page whose rel="next" has no usable page_token, instead of refusing it', async () => {
    const { server, client } = await hostile((_, n) =>
      n === 1 ? { sessions: sessions("a"), next: "t1" } : { sessions: [], next: "" },
    );
    expect(await listSessions(client, { identityId: IDENTITY }).collect()).toEqual(sessions("a"));
    expect(server.requests).toHaveLength(2);
  });

  it("refuses an empty page_token (it would ask for the first page again)", async () => {
    const { client } = await hostile(() => ({ sessions: sessions("a"), next: "" }));
    await expect(listSessions(client, { identityId: IDENTITY }).collect()).rejects.toThrow(/no page_token/);
  });

  it("leaves no listener on the caller's one signal after 50 pages, and no MaxListenersExceededWarning", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    onTestFinished(() => void process.off("warning", onWarning));
    const { client } = await hostile((_, n) => ({ sessions: sessions(`s${n}`), next: n < 50 ? `t${n}` : undefined }));
    const caller = new AbortController();
    const list = listSessions(client, { identityId: IDENTITY }, { signal: caller.signal });
    expect(await list.collect()).toHaveLength(50);
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on a later tick
    expect(warnings.map((w) => w.name)).not.toContain("MaxListenersExceededWarning");
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
  });

  it.each([
    [{ identityId: "not-a-uuid" }, {}, "identityId (the spec's path parameter id) must be a UUID"],
    [{ identityId: `${IDENTITY}/../x` }, {}, "identityId (the spec's path parameter id) must be a UUID"],
    [{ identityId: IDENTITY }, { pageSize: 501 }, "pageSize (the spec's page_size) must be an integer from 1 to 500"],
    [{ identityId: IDENTITY }, { pageSize: 0 }, "pageSize (the spec's page_size) must be an integer from 1 to 500"],
    [{ identityId: IDENTITY }, { maxPages: -1 }, "maxPages must be a positive integer"],
  ])("refuses %j %j before any request", async (params, options, message) => {
    const { server, client } = await hostile(() => ({ sessions: [] }));
    expect(() => listSessions(client, params, options)).toThrow(ConfigurationError);
    expect(() => listSessions(client, params, options)).toThrow(message);
    expect(server.requests).toHaveLength(0);
  });
});
