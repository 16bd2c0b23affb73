import { caught, expectNoSecrets, replyJson, startRecordingServer } from "@idp-sessions/testing";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigurationError, createOryKratosClient, listSessions } from "../src/index.js";

const TOKEN = "ory_pat_test-TESTSECRET-91bd";
/** The identity whose listing the server answers by echoing the credential. */
const ECHO = "ec40ec40-0000-4000-8000-000000000000";
const server = await startRecordingServer((request, res) => {
  if (request.rawUrl.includes(ECHO)) {
    return replyJson(res, 403, { error: { code: 403, message: `denied for ${request.headers.authorization}` } });
  }
  replyJson(res, 200, []);
});
afterAll(() => server.close());
const client = createOryKratosClient({ baseUrl: server.origin, token: TOKEN, maxRetries: 0 });

describe("ory-kratos over a real HTTP server on 127.0.0.1", () => {
  // Kratos ids are UUIDs (its spec's format): anything else, path tricks included, never leaves the client.
  it.each(["a/b", "../x", "a?b", "a#b", "100%", "with space", "ユーザー"])(
    "refuses the id %j before any request",
    (id) => {
      server.requests.length = 0;
      expect(() => listSessions(client, { identityId: id })).toThrow(ConfigurationError);
      expect(server.requests).toHaveLength(0);
    },
  );

  it("sends a UUID as one path segment", async () => {
    server.requests.length = 0;
    await listSessions(client, { identityId: "0a1b2c3d-0000-4000-8000-000000000000" }).collect();
    const segments = (server.requests[0]?.rawUrl.split("?")[0] ?? "").split("/");
    expect(segments).toEqual(["", "admin", "identities", "0a1b2c3d-0000-4000-8000-000000000000", "sessions"]);
  });

  it("never lets the API key into an error", async () => {
    expectNoSecrets([await caught(() => listSessions(client, { identityId: ECHO }).collect())], [TOKEN]);
  });
});
