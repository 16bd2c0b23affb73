import { readFile } from "node:fs/promises";
import { listenLocally } from "./local-server.js";

/** The page's origin server: the app a browser user opens, on its own 127.0.0.1 port (another origin). */
export interface PageServer {
  /** `http://127.0.0.1:<port>`: the page's origin, not any mock server's. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves one page whose module script is the bundle, and nothing else (404), on 127.0.0.1 at a port the OS
 * picks. The page's Content-Security-Policy lets it connect to the mock servers only (`connect`, each
 * `127.0.0.1:port`) and run its own script only, as a careful app's would: no eval, no other host.
 */
export async function startPageServer(bundle: string, connect: readonly string[]): Promise<PageServer> {
  const script = await readFile(bundle);
  const csp = `default-src 'none'; script-src 'self'; connect-src ${connect.map((host) => `http://${host}`).join(" ")}`;
  const html = `<!doctype html><meta charset="utf-8"><title>idp-sessions runtime matrix</title><script type="module" src="/program.mjs"></script>`;
  const server = await listenLocally((req, res) => {
    const headers = { "content-security-policy": csp, "cache-control": "no-store" };
    if (req.method === "GET" && req.url === "/") {
      res.writeHead(200, { ...headers, "content-type": "text/html; charset=utf-8" }).end(html);
    } else if (req.method === "GET" && req.url === "/program.mjs") {
      res.writeHead(200, { ...headers, "content-type": "text/javascript; charset=utf-8" }).end(script);
    } else {
      res.writeHead(404, headers).end();
    }
  });
  return { origin: `http://${server.host}`, close: server.close };
}
