import type { IncomingMessage, ServerResponse } from "node:http";
import { type LocalServer, listenLocally } from "./local-server.js";

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

/** A local server that answers CORS preflights itself and everything else with `handler`. */
function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<LocalServer> {
  return listenLocally((req, res) => {
    if (req.method === "OPTIONS") res.writeHead(204, CORS).end();
    else handler(req, res);
  });
}

export async function startHostileServers(): Promise<HostileServers> {
  let received = 0;
  const elsewhere = await listen((_req, res) => res.writeHead(404, CORS).end());
  const redirecting = await listen((req, res) =>
    res.writeHead(302, { ...CORS, location: `http://${elsewhere.host}${req.url ?? "/"}` }).end(),
  );
  const stalling = await listen((_req, res) => {
    received++;
    res.writeHead(200, { ...CORS, "content-type": "application/json", "content-length": "4096" });
    res.write('{"sessions":[');
  });
  return {
    redirectBaseUrl: `http://${redirecting.host}`,
    stallBaseUrl: `http://${stalling.host}`,
    hosts: [redirecting.host, stalling.host],
    stalled: () => received,
    close: async () => {
      await Promise.all([elsewhere, redirecting, stalling].map((server) => server.close()));
    },
  };
}
