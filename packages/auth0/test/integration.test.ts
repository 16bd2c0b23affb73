import { caught, expectNoSecrets, replyJson, startRecordingServer } from "@idp-sessions/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth0Client, listSessions } from "../src/index.js";

const TOKEN = "auth0-test-TESTSECRET-token-7f3a9c";
const server = await startRecordingServer((request, res) => {
  if (request.rawUrl.includes("echo")) {
    // A misbehaving server that echoes the credential back in its error body.
    return replyJson(res, 401, {
      statusCode: 401,
      error: "Unauthorized",
      message: `bad ${request.headers.authorization}`,
    });
  }
  if (request.rawUrl.includes("boom")) return replyJson(res, 500, { statusCode: 500, error: TOKEN, message: TOKEN });
  replyJson(res, 200, { sessions: [{ id: "s1" }] });
});
afterAll(() => server.close());

let client: ReturnType<typeof createAuth0Client>;
beforeAll(() => {
  client = createAuth0Client({ baseUrl: `${server.origin}/api/v2`, token: TOKEN, maxRetries: 1, timeoutMs: 2_000 });
});

describe("auth0 over a real HTTP server on 127.0.0.1", () => {
  it.each(["a/b", "../x", "a?b=c", "a#frag", "100%", "with space", "ユーザー", "auth0|64f1", "a..b"])(
    "sends the user id %j as exactly one path segment",
    async (userId) => {
      server.requests.length = 0;
      await listSessions(client, { userId }).collect();
      const path = server.requests[0]?.rawUrl.split("?")[0] ?? "";
      const segments = path.split("/");
      expect(segments.slice(0, 3)).toEqual(["", "api", "v2"]);
      expect(segments).toHaveLength(6);
      expect(decodeURIComponent(segments[4] ?? "")).toBe(userId);
    },
  );

  it("never lets the token into an error, even when the server echoes it", async () => {
    const errors = [
      await caught(() => listSessions(client, { userId: "echo" }).collect()),
      await caught(() => listSessions(client, { userId: "boom" }).collect()),
      await caught(() =>
        listSessions(createAuth0Client({ baseUrl: "http://127.0.0.1:1/api/v2", token: TOKEN, maxRetries: 0 }), {
          userId: "u",
        }).collect(),
      ),
    ];
    expectNoSecrets(errors, [TOKEN]);
  });
});
