/**
 * The "active sessions" screen's API, on plain node:http:
 *
 *   GET    /api/sessions      the signed-in user's active sessions
 *   DELETE /api/sessions/:id  end one of them (204; 404 when it is not the user's)
 *
 * PORT (default 3000) on 127.0.0.1: put it behind your app's own server or proxy. DELETE cannot be sent
 * cross-site by a form, and this server answers no CORS preflight, so another site cannot make a signed-in
 * browser call it; if your stack turns a POST into a DELETE (a `_method` field), add a CSRF token.
 */
import { createServer, type ServerResponse } from "node:http";
import { currentUser } from "./current-user.js";
import { activeSessions, revokeOwnSession } from "./sessions.js";

const server = createServer(async (request, response) => {
  try {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const sessionPath = /^\/api\/sessions\/([^/]+)$/.exec(path);
    if (path !== "/api/sessions" && !sessionPath) return send(response, 404, { error: "not found" });
    const userId = await currentUser(request);
    if (!userId) return send(response, 401, { error: "sign in first" });

    if (path === "/api/sessions" && request.method === "GET") {
      return send(response, 200, { sessions: await activeSessions(userId) });
    }
    if (sessionPath?.[1] && request.method === "DELETE") {
      const revoked = await revokeOwnSession(userId, decodeURIComponent(sessionPath[1]));
      return revoked ? send(response, 204) : send(response, 404, { error: "no such session" });
    }
    return send(response, 405, { error: "method not allowed" });
  } catch (error) {
    if (error instanceof URIError) return send(response, 400, { error: "malformed session id" });
    // The packages' errors are redacted (no credential in them); still, the browser gets no details.
    console.error(error);
    return send(response, 502, { error: "the sessions could not be loaded or ended, try again" });
  }
});

function send(response: ServerResponse, status: number, body?: object): void {
  response.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

server.listen(Number(process.env.PORT ?? 3000), "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") console.log(`listening on http://127.0.0.1:${address.port}`);
});
