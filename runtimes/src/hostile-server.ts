import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

/** Two misbehaving servers on 127.0.0.1 for the program's defences (program/defences.ts). */
export interface HostileServers {
  /** Every request is redirected (302) to `elsewhere`, another origin. */
  redirectBaseUrl: string;
  /** Every request gets a 200 with a declared length, part of its JSON body, and then nothing. */
  stallBaseUrl: string;
  /** `127.0.0.1:port` of both, for the runtimes that are granted hosts one by one. */
  hosts: string[];
  /** Requests the stalling server received. */
  stalled(): number;
  close(): Promise<void>;
}

// Any origin, as Chromium's page is one: the preflight for the Authorization header, and each answer.
const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-headers": "authorization, content-type, user-agent",
  "access-control-allow-methods": "GET, POST, DELETE",
};

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method === "OPTIONS") res.writeHead(204, CORS).end();
    else handler(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  return server;
}

function hostOf(server: Server): string {
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("a hostile server has no port");
  return `127.0.0.1:${address.port}`;
}

export async function startHostileServers(): Promise<HostileServers> {
  let received = 0;
  const elsewhere = await listen((_req, res) => res.writeHead(404, CORS).end());
  const redirecting = await listen((req, res) =>
    res.writeHead(302, { ...CORS, location: `http://${hostOf(elsewhere)}${req.url ?? "/"}` }).end(),
  );
  const stalling = await listen((_req, res) => {
    received++;
    res.writeHead(200, { ...CORS, "content-type": "application/json", "content-length": "4096" });
    res.write('{"sessions":[');
  });
  const servers = [elsewhere, redirecting, stalling];
  return {
    redirectBaseUrl: `http://${hostOf(redirecting)}`,
    stallBaseUrl: `http://${hostOf(stalling)}`,
    hosts: [hostOf(redirecting), hostOf(stalling)],
    stalled: () => received,
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      );
    },
  };
}
