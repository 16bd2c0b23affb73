import { caught, replyJson, startRecordingServer } from "@idp-sessions/testing";
import { describe, expect, it, onTestFinished } from "vitest";
import { createOryKratosClient, listSessions, PaginationError } from "../src/index.js";

const IDENTITY = "6f1c1f70-0d5a-4d1f-9a0b-2e6f6b1c2d3e";
const PATH = `/admin/identities/${IDENTITY}/sessions`;

const token = (offset: number) => Buffer.from(`{"offset":"${offset}","v":2}`).toString("base64url");
const offsetOf = (t: string | null) =>
  t ? Number((JSON.parse(Buffer.from(t, "base64url").toString()) as { offset: string }).offset) : 0;

/**
 * Kratos v26.2.0's paging on 127.0.0.1, bug included: the page index (offset / page_size) goes to pop's
 * 1-based Paginate, so pages 0 and 1 are both read at offset 0 (ory/kratos#3883). The Link header is
 * ory/x HeaderWithFormatter's, from the page index, and X-Total-Count is always sent.
 */
async function kratosV26(total: number) {
  const ids = Array.from({ length: total }, (_, i) => `s${String(i).padStart(4, "0")}`);
  const server = await startRecordingServer((request, res) => {
    const query = new URL(request.rawUrl, "http://x").searchParams;
    const size = Number(query.get("page_size") ?? 250);
    const page = Math.trunc(offsetOf(query.get("page_token")) / size);
    const popOffset = (Math.max(page, 1) - 1) * size;
    const lastOffset = total % size === 0 ? total - size : Math.trunc(total / size) * size;
    const headers: Record<string, string> = { "x-total-count": String(total) };
    if (page * size < lastOffset)
      headers.link = `<${PATH}?page_size=${size}&page_token=${token((page + 1) * size)}>; rel="next"`;
    replyJson(
      res,
      200,
      ids.slice(popOffset, popOffset + size).map((id) => ({ id })),
      headers,
    );
  });
  onTestFinished(() => server.close());
  const client = createOryKratosClient({ baseUrl: server.origin, maxRetries: 0 });
  return { server, client, ids };
}

const queryOf = (rawUrl: string) => Object.fromEntries(new URL(rawUrl, "http://x").searchParams);

describe("ory-kratos listSessions against Kratos v26.2.0's repeated first page (ory/kratos#3883)", () => {
  it.each([
    [5, 3, "two pages: followed as linked, the listing would end one page short"],
    [7, 3, "three pages: followed as linked, page 2 would bring nothing new"],
  ])("lists all %i sessions with pageSize %i (%s)", async (total, pageSize) => {
    const { server, client, ids } = await kratosV26(total);
    const sessions = await listSessions(client, { identityId: IDENTITY }, { pageSize }).collect();
    expect(sessions.map((s) => s.id)).toEqual(ids);
    // The first page, its repeat, then every session in one page of the spec's maximum, from the start.
    expect(server.requests.map((r) => queryOf(r.rawUrl))).toEqual([
      { page_size: String(pageSize) },
      { page_size: String(pageSize), page_token: token(pageSize) },
      { page_size: "500" },
    ]);
  });

  it("stops with a PaginationError naming the bug when the sessions do not fit in one page of 500", async () => {
    const { server, client } = await kratosV26(600);
    const error = await caught(() => listSessions(client, { identityId: IDENTITY }, { pageSize: 250 }).collect());
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toContain("ory/kratos#3883");
    expect((error as Error).message).toContain("its 600 sessions do not fit in one page of at most 500");
    expect(server.requests).toHaveLength(2);
  });

  it("needs no recovery when everything fits in the first page", async () => {
    const { server, client, ids } = await kratosV26(4);
    expect((await listSessions(client, { identityId: IDENTITY }, { pageSize: 4 }).collect()).map((s) => s.id)).toEqual(
      ids,
    );
    expect(server.requests).toHaveLength(1);
  });
});
