import { replyJson, startRecordingServer } from "@idp-sessions/testing";
import { describe, expect, it, onTestFinished } from "vitest";
import { createOryKratosClient, listSessions } from "../src/index.js";

const IDENTITY = "6f1c1f70-0d5a-4d1f-9a0b-2e6f6b1c2d3e";

describe("ory-kratos listSessions pass-through parameters", () => {
  it("sends active, a pass-through query parameter, on every page", async () => {
    const server = await startRecordingServer((request, res) => {
      const first = !request.rawUrl.includes("page_token");
      const headers: Record<string, string> = first ? { link: '</x?page_token=t2>; rel="next"' } : {};
      replyJson(res, 200, [{ id: first ? "a" : "b" }], headers);
    });
    onTestFinished(() => server.close());
    const client = createOryKratosClient({ baseUrl: server.origin, maxRetries: 0 });
    await listSessions(client, { identityId: IDENTITY, active: false }).collect();
    const queries = server.requests.map((r) => Object.fromEntries(new URL(r.rawUrl, "http://x").searchParams));
    expect(queries).toEqual([{ active: "false" }, { page_token: "t2", active: "false" }]);
  });
});
