import type { ServerResponse } from "node:http";
import type { MockRequest } from "../../http.js";
import { plainError, type ZitadelInstance, zitadelError, zitadelErrorBody } from "./instance.js";

const MAX_ID = 200;
const lengthError = (request: string, field: string) =>
  `invalid ${request}.${field}: value length must be between 1 and ${MAX_ID} runes, inclusive`;

/** GetSession: the session; 404 `QUERY-SFeaa` once terminated (at once: GetSession reads an up-to-date projection). */
export function getSession(instance: ZitadelInstance, request: MockRequest, res: ServerResponse, id: string) {
  if ([...id].length > MAX_ID)
    return instance.send(res, 400, plainError(400, lengthError("GetSessionRequest", "SessionId")));
  const token = request.url.searchParams.get("sessionToken") ?? request.url.searchParams.get("session_token");
  if (token !== null && (token === "" || [...token].length > MAX_ID)) {
    return instance.send(res, 400, plainError(400, lengthError("GetSessionRequest", "SessionToken")));
  }
  const found = instance.sessions.find(id);
  if (!found || instance.state.how(id)) {
    return instance.send(res, 404, zitadelError(404, "Session does not exist", "QUERY-SFeaa"));
  }
  instance.send(res, 200, { session: instance.session(found.user, found.index) });
}

/**
 * DeleteSession: terminates the session (200 with its details); a terminated one answers its earlier
 * details and an id that never existed `{details: {}}`. A token without `session.delete` gets the
 * handler's 403 (`AUTH-AWfge`).
 */
export function deleteSession(instance: ZitadelInstance, res: ServerResponse, id: string, mayDelete: boolean) {
  if ([...id].length > MAX_ID) {
    return instance.send(res, 400, plainError(400, lengthError("DeleteSessionRequest", "SessionId")));
  }
  if (!mayDelete) return instance.send(res, 403, zitadelError(403, "No matching permissions found", "AUTH-AWfge"));
  const status = instance.state.failure([id]);
  if (status !== undefined) return instance.send(res, status, zitadelErrorBody(status).body);
  const earlier = instance.terminated.get(id);
  if (earlier) return instance.send(res, 200, { details: earlier });
  if (!instance.sessions.find(id)) return instance.send(res, 200, { details: {} });
  const details = {
    sequence: String(1000 + instance.context.sessionsPerUser + instance.terminated.size + 1),
    changeDate: new Date().toISOString(),
    resourceOwner: instance.orgId,
  };
  instance.state.revoke([id], "terminated", true);
  // A survivor is answered as terminated but stays; its repeat is answered as a first termination again.
  if (instance.state.how(id)) instance.terminated.set(id, details);
  instance.send(res, 200, { details });
}
