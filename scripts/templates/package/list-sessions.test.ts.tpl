import { json, observedFetch } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import { create__PASCAL__Client, listSessions, NotFoundError } from "../src/index.js";

describe("__ID__ listSessions", () => {
  it("follows next until it is null", async () => {
    const fetch = observedFetch((request) =>
      new URL(request.url).searchParams.get("cursor") ? json({ sessions: [{ id: "s2" }], next: null }) : json({ sessions: [{ id: "s1" }], next: "c1" }),
    );
    const client = create__PASCAL__Client({ domain: "t.example.com", token: "t", fetch });
    expect((await listSessions(client, { userId: "u" }).collect()).map((s) => s.id)).toEqual(["s1", "s2"]);
  });

  it("maps 404 to NotFoundError", async () => {
    const client = create__PASCAL__Client({ domain: "t.example.com", token: "t", fetch: observedFetch(() => json({ code: "not_found" }, { status: 404 })) });
    await expect(listSessions(client, { userId: "u" }).collect()).rejects.toBeInstanceOf(NotFoundError);
  });
});
