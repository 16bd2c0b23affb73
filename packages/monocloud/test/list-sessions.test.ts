import { json, observedFetch } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import {
  ConfigurationError,
  createMonoCloudClient,
  listSessions,
  MONOCLOUD,
  type MonoCloudSession,
  NotFoundError,
  ResponseValidationError,
  UnprocessableEntityError,
} from "../src/index.js";

const session = (id: string) =>
  ({ session_id: id, client_ids: [], initiated_at: 1, expires_at: 2, last_updated: 1 }) as MonoCloudSession;
const meta = (page: number, hasNext: boolean) =>
  JSON.stringify({ total_count: 5, page_size: 2, current_page: page, has_next: hasNext, has_previous: page > 1 });

function clientWith(handler: Parameters<typeof observedFetch>[0]) {
  const fetch = observedFetch(handler);
  return {
    fetch,
    client: createMonoCloudClient({
      domain: "acme.us.monocloud.com",
      apiKey: "mc-key-TESTSECRET-42",
      fetch,
      maxRetries: 0,
    }),
  };
}

describe("monocloud listSessions", () => {
  it("walks 1-based pages while x-pagination says has_next, with X-API-KEY", async () => {
    const { fetch, client } = clientWith((request) => {
      const page = Number(new URL(request.url).searchParams.get("page"));
      const items = [session(`s${2 * page - 1}`), session(`s${2 * page}`)].slice(0, page === 3 ? 1 : 2);
      return json(items, { headers: { "x-pagination": meta(page, page < 3) } });
    });
    const ids = (
      await listSessions(client, { userId: "u1", client_id: "c1", sort: "initiated_at:-1" }, { pageSize: 2 }).collect()
    ).map((s) => s.session_id);
    expect(ids).toEqual(["s1", "s2", "s3", "s4", "s5"]);
    expect(fetch.requests.map((r) => r.url)).toEqual(
      [1, 2, 3].map(
        (p) =>
          `https://acme.us.monocloud.com/api/users/u1/sessions?page=${p}&size=2&client_id=c1&sort=initiated_at%3A-1`,
      ),
    );
    expect(fetch.requests[0]?.headers.get("x-api-key")).toBe("mc-key-TESTSECRET-42");
  });

  it("still takes the deprecated clientId, sent as client_id; both names at once is a ConfigurationError", async () => {
    const { fetch, client } = clientWith(() => json([], { headers: { "x-pagination": meta(1, false) } }));
    await listSessions(client, { userId: "u1", clientId: "c1" }).collect();
    expect(fetch.requests.map((r) => new URL(r.url).search)).toEqual(["?page=1&client_id=c1"]);
    expect(() => listSessions(client, { userId: "u1", clientId: "c1", client_id: "c2" })).toThrow(
      new ConfigurationError(MONOCLOUD, "pass client_id or clientId (its deprecated alias), not both"),
    );
    expect(fetch.requests).toHaveLength(1);
  });

  it.each([
    [undefined, "/headers/x-pagination"],
    ["not json", "/headers/x-pagination"],
    ['{"has_next":"yes"}', "/headers/x-pagination/has_next"],
  ])("refuses x-pagination %j instead of guessing the last page", async (header, pointer) => {
    const headers: Record<string, string> = header === undefined ? {} : { "x-pagination": header };
    const { client } = clientWith(() => json([session("s1")], { headers }));
    await expect(listSessions(client, { userId: "u1" }).collect()).rejects.toMatchObject({
      constructor: ResponseValidationError,
      pointer,
    });
  });

  it("reads problem+json errors: detail, title and traceId", async () => {
    const problem = {
      type: "https://httpstatuses.io/404",
      title: "Not Found",
      status: 404,
      detail: "User not found.",
      traceId: "00-abc-01",
    };
    const { client } = clientWith(
      () =>
        new Response(JSON.stringify(problem), { status: 404, headers: { "content-type": "application/problem+json" } }),
    );
    const error = await listSessions(client, { userId: "nobody" })
      .collect()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ code: "Not Found", providerMessage: "User not found.", requestId: "00-abc-01" });
  });

  it("maps 422 to UnprocessableEntityError", async () => {
    const { client } = clientWith(() =>
      json({ title: "One or more validation errors occurred.", status: 422 }, { status: 422 }),
    );
    await expect(listSessions(client, { userId: "u1" }, { pageSize: 10_000 }).collect()).rejects.toBeInstanceOf(
      UnprocessableEntityError,
    );
  });
});
