import { caught, expectNoSecrets, replyJson, startRecordingServer } from "@idp-sessions/testing";
import { afterAll, describe, expect, it } from "vitest";
import { createZitadelClient, listSessions } from "../src/index.js";

const TOKEN = "zitadel-test-TESTSECRET-pat-0c77";
const server = await startRecordingServer((request, res) => {
  if (request.body.includes("echo"))
    return replyJson(res, 401, { code: 16, message: `bad ${request.headers.authorization}` });
  replyJson(res, 200, { details: {} });
});
afterAll(() => server.close());
const client = createZitadelClient({ baseUrl: server.origin, token: TOKEN, maxRetries: 0 });

describe("zitadel over a real HTTP server on 127.0.0.1", () => {
  it("sends the user id in the JSON body, unaltered", async () => {
    server.requests.length = 0;
    await listSessions(client, { userId: "a/b ü?#%" }).collect();
    expect(server.requests[0]?.rawUrl).toBe("/v2/sessions/search");
    expect(JSON.parse(server.requests[0]?.body ?? "{}").queries[0].userIdQuery.id).toBe("a/b ü?#%");
    expect(server.requests[0]?.headers["content-type"]).toBe("application/json");
  });

  it("never lets the token into an error", async () => {
    expectNoSecrets([await caught(() => listSessions(client, { userId: "echo" }).collect())], [TOKEN]);
  });
});
