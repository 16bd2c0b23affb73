import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import createClient from "openapi-fetch";
import {
  type Authenticator,
  type ClientContext,
  type CommonClientOptions,
  clientContext,
  createApiClient,
  type ProviderErrors,
  sendRequest,
  stringAt,
} from "../../src/index.js";

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** A node:http server on 127.0.0.1 that records every connection and request; `close()` ends them all. */
export interface HostileServer {
  readonly origin: string;
  readonly requests: Received[];
  /** TCP connections accepted, so that "nothing was sent there" means not even a connection. */
  readonly connections: () => number;
  close(): Promise<void>;
}

export type Reply = (request: Received, res: ServerResponse, server: HostileServer) => void;

export async function startServer(reply: Reply): Promise<HostileServer> {
  const requests: Received[] = [];
  let connections = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const received = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(received);
      reply(received, res, handle);
    });
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const handle: HostileServer = {
    origin: `http://127.0.0.1:${port}`,
    requests,
    connections: () => connections,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return handle;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** One operation on `/things`, GET and POST, enough for openapi-fetch's types. */
interface Operation {
  parameters: { query?: { case?: string }; header?: never; path?: never; cookie?: never };
  requestBody?: { content: { "application/json": Record<string, unknown> } };
  responses: {
    200: { headers: { [name: string]: unknown }; content: { "application/json": Record<string, unknown> } };
  };
}
export interface TestPaths {
  "/things": { parameters: Operation["parameters"]; get: Operation; post: Operation };
}

export const CONTEXT = { provider: "test", operation: "listThings" } as const;
export const ERRORS: ProviderErrors = {
  parseBody: (body) => ({ code: stringAt(body, "code"), message: stringAt(body, "message") }),
  requestIdHeader: "x-request-id",
};

/** A client of the test API, made by createApiClient as every provider's is. */
export function testClient(baseUrl: string, options: CommonClientOptions & { auth?: Authenticator } = {}) {
  const client = createApiClient<TestPaths>({ context: CONTEXT, baseUrl, ...options });
  const context: ClientContext = clientContext(client, CONTEXT);
  return {
    client,
    context,
    get: (init: { signal?: AbortSignal; query?: { case?: string } } = {}) =>
      sendRequest(context, ERRORS, () => client.GET("/things", { params: { query: init.query }, signal: init.signal })),
    post: (body: Record<string, unknown>, init: { signal?: AbortSignal } = {}) =>
      sendRequest(context, ERRORS, () => client.POST("/things", { body, signal: init.signal })),
  };
}

/** openapi-fetch without our fetch, to show what plain fetch would have done. */
export const plainClient = (baseUrl: string) => createClient<TestPaths>({ baseUrl });

/**
 * Every string reachable from `value` through own properties (enumerable or not, keys included), cause
 * chains and bodies, plus the renderings a logger would make. A leak anywhere shows up in one of these.
 */
export function everything(value: unknown): string[] {
  const out = [inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true }), String(value)];
  try {
    out.push(JSON.stringify(value));
  } catch {
    out.push("(not JSON)");
  }
  const seen = new Set<unknown>();
  const walk = (item: unknown) => {
    if (typeof item === "string") out.push(item);
    if (item === null || (typeof item !== "object" && typeof item !== "function") || seen.has(item)) return;
    seen.add(item);
    for (const key of Reflect.ownKeys(item)) {
      out.push(String(key));
      const descriptor = Object.getOwnPropertyDescriptor(item, key);
      if (descriptor && "value" in descriptor) walk(descriptor.value);
    }
  };
  walk(value);
  if (value instanceof Error) walk({ message: value.message, stack: value.stack, json: JSON.stringify(value) });
  return out;
}
