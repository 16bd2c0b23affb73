import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { caught, expectNoSecrets } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import { APIConnectionTimeoutError, createOryKratosClient, listSessions } from "../src/index.js";

const TOKEN = "ory_pat_hostile-TESTSECRET-4a77";
const ID = "6b1f7c1e-2d3a-4e5f-8a9b-0c1d2e3f4a5b";

interface Server {
  origin: string;
  requests: { url: string; method: string; headers: IncomingMessage["headers"]; body: string }[];
  connections: () => number;
  close(): Promise<void>;
}

/** A node:http server on 127.0.0.1 that records requests and counts TCP connections. */
async function serve(reply: (req: Server["requests"][number], res: ServerResponse) => void): Promise<Server> {
  const requests: Server["requests"] = [];
  let connections = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const received = {
        url: req.url ?? "",
        method: req.method ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      requests.push(received);
      reply(received, res);
    });
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    connections: () => connections,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

describe("ory-kratos against a hostile server", () => {
  it("a token echoed in the request id header and the error envelope is scrubbed", async () => {
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
