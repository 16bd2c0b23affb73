import type { ServerResponse } from "node:http";
import { type MockRequest, sendJson } from "../../http.js";
import { listing } from "../../provider.js";
import { kratosLink, parsePagination } from "./pagination.js";
import type { KratosProject } from "./project.js";

const PARSE_BOOL: Record<string, boolean> = { 1: true, t: true, T: true, TRUE: true, true: true, True: true };
for (const no of ["0", "f", "F", "FALSE", "false", "False"]) PARSE_BOOL[no] = false;

/**
 * `GET /admin/identities/{id}/sessions`: `page_size`/`page_token`, `Link` header, `active` filter. Disabled
 * sessions are listed as inactive; deleted ones are gone.
 */
export function listIdentitySessions(project: KratosProject, request: MockRequest, res: ServerResponse, id: string) {
  const query = request.url.searchParams;
  const activeRaw = query.get("active") ?? "";
  const active = activeRaw === "" ? undefined : PARSE_BOOL[activeRaw];
  if (activeRaw !== "" && active === undefined) {
    return project.fail(request, res, 400, "could not parse parameter active");
  }
  const userIndex = project.users.findIndex((u) => u.userId === id);
  // Kratos v26.2.0 does not look the identity up: an unknown one has no sessions (200, [], and the
  // Link header of an empty listing).
  const { page, perPage } = parsePagination(query);
  const count = userIndex === -1 ? 0 : project.context.sessionsPerUser;
  const view = (i: number) => project.session(userIndex, i);
  const ids = project.state.untouched || userIndex === -1 ? undefined : project.sessions.idsOf(userIndex);
  const kept = (i: number) =>
    !(ids && project.deleted(ids[i] ?? "")) && (active === undefined || view(i).active === active);
  const { total, at } = listing(count, ids || active !== undefined ? kept : undefined);
  // Kratos reads the page at pop's offset (page - 1) * perPage, so page 0 and page 1 are the same
  // (ory/kratos#3883); the mock serves page * perPage, the offset its own Link header names.
  const start = page * perPage;
  const sessions = [];
  for (let n = start; n < Math.min(total, start + perPage); n++) sessions.push(view(at(n)));
  const headers = {
    link: kratosLink(request.rawPath, query, total, page, perPage).join(","),
    "x-total-count": String(total),
  };
  sendJson(res, 200, sessions, headers, "application/json; charset=utf-8");
}
