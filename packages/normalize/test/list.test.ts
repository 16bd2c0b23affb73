import { createMonoCloudClient, listSessions } from "@idp-sessions/monocloud";
import { json, observedFetch } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import { listNormalizedSessions } from "../src/index.js";

describe("listNormalizedSessions", () => {
  it("wraps a provider listing page by page, fills the user id MonoCloud omits, and keeps collect({ limit })", async () => {
    const fetch = observedFetch((request) => {
      const page = Number(new URL(request.url).searchParams.get("page"));
      const sessions = [1, 2].map((n) => ({
        session_id: `s${page}${n}`,
        client_ids: ["c"],
        initiated_at: 1700000000,
        expires_at: 1900000000,
        last_updated: 1700000000,
      }));
      return json(sessions, { headers: { "x-pagination": JSON.stringify({ has_next: page < 3 }) } });
    });
    const client = createMonoCloudClient({ domain: "t.monocloud.com", apiKey: "key", fetch });
    const list = listNormalizedSessions("monocloud", listSessions(client, { userId: "u1" }), {
      userId: "u1",
      now: new Date("2030-01-01T00:00:00Z"),
    });

    const pages = [];
    for await (const page of list.pages()) pages.push(page.items.map((s) => s.id));
    expect(pages).toEqual([
      ["s11", "s12"],
      ["s21", "s22"],
      ["s31", "s32"],
    ]);

    fetch.requests.length = 0;
    const first = await listNormalizedSessions("monocloud", listSessions(client, { userId: "u1" }), {
      userId: "u1",
    }).collect({ limit: 3 });
    expect(first.map((s) => [s.id, s.userId, s.provider])).toEqual([
      ["s11", "u1", "monocloud"],
      ["s12", "u1", "monocloud"],
      ["s21", "u1", "monocloud"],
    ]);
    expect(fetch.requests).toHaveLength(2);
  });
});
