import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

/** An HTTP server of the tests on 127.0.0.1, at a port the OS picked. */
export interface LocalServer {
  /** `127.0.0.1:<port>`. */
  host: string;
  /** Ends open connections (kept-alive or stalled) too, then the server. */
  close(): Promise<void>;
}

export async function listenLocally(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<LocalServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("a local server has no port");
  return {
    host: `127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
