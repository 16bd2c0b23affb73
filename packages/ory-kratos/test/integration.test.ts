import { caught, expectNoSecrets, replyJson, startRecordingServer } from "@idp-sessions/testing";
import { afterAll, describe, expect, it } from "vitest";
import { createOryKratosClient, listSessions } from "../src/index.js";

const TOKEN = "ory_pat_test-TESTSECRET-91bd";
const server = await startRecordingServer((request, res) => {
  if (request.rawUrl.includes("echo")) {
    return replyJson(res, 403, { error: { code: 403, message: `denied for ${request.headers.authorization}` } });
  }
  replyJson(res, 200, []);
});
afterAll(() => server.close());
const client = createOryKratosClient({ baseUrl: server.origin, token: TOKEN, maxRetries: 0 });

describe("ory-kratos over a real HTTP server on 127.0.0.1", () => {
  it.each(["a/b", "../x", "a?b", "a#b", "100%", "with space", "ユーザー"])(
    "sends the id %j as one path segment",
    async (id) => {
      server.requests.length = 0;
      await listSessions(client, { identityId: id }).collect();
      const segments = (server.requests[0]?.rawUrl.split("?")[0] ?? "").split("/");
      expect(segments).toHaveLength(5);
      expect(decodeURIComponent(segments[3] ?? "")).toBe(id);
    },
  );

  it("never lets the API key into an error", async () => {
    expectNoSecrets([await caught(() => listSessions(client, { identityId: "echo" }).collect())], [TOKEN]);
  });
});
