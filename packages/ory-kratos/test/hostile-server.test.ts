import { caught, expectNoSecrets, replyJson as json, startRecordingServer as serve } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import { APIConnectionTimeoutError, createOryKratosClient, listSessions } from "../src/index.js";

const TOKEN = "ory_pat_hostile-TESTSECRET-4a77";
const ID = "6b1f7c1e-2d3a-4e5f-8a9b-0c1d2e3f4a5b";

describe("ory-kratos against a hostile server", () => {
  it("a token echoed in a response header and the error envelope is scrubbed", async () => {
    const api = await serve((req, res) => {
      const echoed = String(req.headers.authorization);
      json(
        res,
        401,
        { error: { code: 401, status: "Unauthorized", message: echoed, reason: echoed, request: echoed, id: echoed } },
        { "x-request-id": echoed },
      );
    });
    try {
      const client = createOryKratosClient({ baseUrl: api.origin, token: TOKEN });
      const error = await caught(() => listSessions(client, { identityId: ID }).collect());
      expect(error).toMatchObject({ status: 401 });
      expectNoSecrets([error], [TOKEN]);
    } finally {
      await api.close();
    }
  });

  it("a body that stalls is bounded by timeoutMs", async () => {
    const api = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write("[");
    });
    try {
      // A short timeout as configuration; nothing here measures time.
      const client = createOryKratosClient({ baseUrl: api.origin, timeoutMs: 200, maxRetries: 0 });
      const error = await caught(() => listSessions(client, { identityId: ID }).collect());
      expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    } finally {
      await api.close();
    }
  });
});
