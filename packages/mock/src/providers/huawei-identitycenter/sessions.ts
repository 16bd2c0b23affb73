import type { ServerResponse } from "node:http";
import type { MockRequest } from "../../http.js";
import { listing } from "../../provider.js";
import type { HuaweiStore } from "./store.js";

/** `GET .../sessions`: every session in one response, streamed in chunks; deleted ones are gone. */
export async function listUserSessions(store: HuaweiStore, res: ServerResponse, user: number) {
  const ids = store.state.untouched ? undefined : store.sessions.idsOf(user);
  const { total, at } = listing(store.context.sessionsPerUser, ids && ((i) => !store.state.how(ids[i] ?? "")));
  res.writeHead(200, { "content-type": "application/json", "x-request-id": store.requestId() });
  // One response holds every session: stream it in chunks instead of building one huge string.
  res.write('{"session_list":[');
  let chunk = "";
  for (let n = 0; n < total; n++) {
    chunk += (n > 0 ? "," : "") + JSON.stringify(store.session(user, at(n)));
    if (chunk.length > 65_536) {
      if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve));
      chunk = "";
    }
  }
  res.end(`${chunk}]}`);
}

/** The body's `session_ids` when it is a non-empty list of strings, else undefined. */
function sessionIds(text: string): string[] | undefined {
  try {
    const ids: unknown = (JSON.parse(text) as { session_ids?: unknown } | null)?.session_ids;
    return Array.isArray(ids) && ids.length > 0 && ids.every((id) => typeof id === "string") ? ids : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `POST .../sessions/batch-delete` `{session_ids}`: 200 without a body; the named sessions of this user
 * are gone from the listing. What Huawei answers for ids that are not (or no longer) the user's sessions
 * is undocumented: the mock ignores them (200). A key pair that may only list gets 403 `IIC.1000`.
 */
export function batchDeleteSessions(
  store: HuaweiStore,
  request: MockRequest,
  res: ServerResponse,
  user: number,
  readOnly: boolean,
) {
  if (readOnly) return store.fail(res, 403, "No permission for action BatchDeleteSessions.");
  const ids = sessionIds(request.body);
  if (!ids) return store.fail(res, 400, "Bad Request: session_ids is invalid.");
  const status = store.state.failure(ids);
  if (status !== undefined) return store.fail(res, status);
  store.state.revoke(ids.filter((id) => store.sessions.indexOf(user, id) !== -1));
  res.writeHead(200, { "x-request-id": store.requestId() });
  res.end();
}
