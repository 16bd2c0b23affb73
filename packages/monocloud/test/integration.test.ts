import { caught, expectNoSecrets, replyJson, startRecordingServer } from "@idp-sessions/testing";
import { afterAll, describe, expect, it } from "vitest";
import { createMonoCloudClient, listSessions } from "../src/index.js";

const API_KEY = "monocloud-test-TESTSECRET-key-5521";
const server = await startRecordingServer((request, res) => {
  if (request.rawUrl.includes("echo")) {
    return replyJson(res, 401, {
      title: "Unauthorized",
      status: 401,
      detail: `unknown key ${request.headers["x-api-key"]}`,
    });
  }
  replyJson(res, 200, [], { "x-pagination": '{"has_next":false}' });
});
afterAll(() => server.close());
const client = createMonoCloudClient({ baseUrl: `${server.origin}/api`, apiKey: API_KEY, maxRetries: 0 });

describe("monocloud over a real HTTP server on 127.0.0.1", () => {
  it.each(["a/b", "../x", "a?b", "a#b", "100%", "with space", "ユーザー"])(
    "sends the user id %j as one path segment",
    async (userId) => {
      server.requests.length = 0;
      await listSessions(client, { userId }).collect();
      const segments = (server.requests[0]?.rawUrl.split("?")[0] ?? "").split("/");
      expect(segments).toHaveLength(5);
      expect(decodeURIComponent(segments[3] ?? "")).toBe(userId);
    },
  );

  it("sends the spec's pass-through query parameters under their own names", async () => {
    server.requests.length = 0;
    await listSessions(client, { userId: "u1", client_id: "web app", sort: "expires_at:1" }, { pageSize: 5 }).collect();
    expect(server.requests.map((r) => r.rawUrl)).toEqual([
      "/api/users/u1/sessions?page=1&size=5&client_id=web%20app&sort=expires_at%3A1",
    ]);
  });

  it("never lets the API key into an error", async () => {
    expectNoSecrets([await caught(() => listSessions(client, { userId: "echo" }).collect())], [API_KEY]);
  });
});
