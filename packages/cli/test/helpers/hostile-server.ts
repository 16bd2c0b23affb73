import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface HostileServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Requests received so far. */
  requests(): number;
  close(): Promise<void>;
}

/** `n` counts requests from 1. */
export type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;

/** A server on 127.0.0.1, port 0, that answers as `handler` says: a stand-in for a tenant run by an attacker. */
export async function hostileServer(handler: Handler): Promise<HostileServer> {
  let count = 0;
  const server = createServer((req, res) => handler(req, res, ++count));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes `body` as JSON with `status`. */
export function json(res: ServerResponse, body: unknown, status = 200): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** An Auth0 session with this id and these device fields. */
export function auth0Raw(id: string, device: { last_user_agent?: string; last_ip?: string } = {}) {
  return {
    id,
    user_id: "auth0|attacker",
    created_at: "2025-05-01T10:00:00.000Z",
    expires_at: "2025-05-08T10:00:00.000Z",
    device,
  };
}
