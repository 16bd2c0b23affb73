import type { ServerResponse } from "node:http";
import type { MockRequest } from "../../http.js";
import { sendJson } from "../../http.js";
import type { KratosProject } from "./project.js";

const EXPANDABLE = ["identity", "devices"];

/** The session with this id unless deleted: disabled ones are still found. */
function existing(project: KratosProject, id: string) {
  const found = project.sessions.find(id);
  return found && !project.deleted(id) ? found : undefined;
}

/**
 * `GET /admin/sessions/{id}`: the session, active or not; `identity: null` and `devices: []` unless
 * `expand` asks for them (case-insensitive; another value is a 400 naming it in `reason`).
 */
export function getSession(project: KratosProject, request: MockRequest, res: ServerResponse, id: string) {
  const expand = request.url.searchParams.getAll("expand").map((value) => value.toLowerCase());
  const unknown = expand.find((value) => !EXPANDABLE.includes(value));
  if (unknown !== undefined) {
    return project.fail(request, res, 400, undefined, `Could not parse expand option: ${unknown}`);
  }
  const found = existing(project, id);
  if (!found) return project.fail(request, res, 404);
  const session = project.session(found.user, found.index);
  // The expanded identity comes without credentials and admin metadata.
  const { metadata_admin: _, ...identity } = session.identity;
  sendJson(
    res,
    200,
    {
      ...session,
      identity: expand.includes("identity") ? identity : null,
      devices: expand.includes("devices") ? session.devices : [],
    },
    {},
    "application/json; charset=utf-8",
  );
}

/** `DELETE /admin/sessions/{id}`: 204 (again for a disabled one), the session kept but inactive; 404 if deleted. */
export function disableSession(project: KratosProject, request: MockRequest, res: ServerResponse, id: string) {
  const status = project.state.failure([id]);
  if (status !== undefined) return project.fail(request, res, status);
  if (!existing(project, id)) return project.fail(request, res, 404);
  project.state.revoke([id], "disabled");
  // herodot's WriteCode: a 204 with `Content-Type: application/json; charset=utf-8`, which Go keeps.
  res.writeHead(204, { "content-type": "application/json; charset=utf-8", ...project.rateLimitHeaders() });
  res.end();
}

/** `DELETE /admin/identities/{id}/sessions`: 204 after deleting them all; 404 when there was none to delete. */
export function deleteIdentitySessions(project: KratosProject, request: MockRequest, res: ServerResponse, id: string) {
  const user = project.users.findIndex((u) => u.userId === id);
  const ids = user === -1 ? [] : project.sessions.idsOf(user).filter((sessionId) => !project.deleted(sessionId));
  const status = project.state.failure(ids);
  if (status !== undefined) return project.fail(request, res, status);
  if (ids.length === 0) return project.fail(request, res, 404);
  project.state.revoke(ids, "deleted");
  res.writeHead(204, project.rateLimitHeaders());
  res.end();
}
