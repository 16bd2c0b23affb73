import type { ServerResponse } from "node:http";
import { listing } from "../../provider.js";
import type { ZitadelInstance } from "./instance.js";
import { plainError, zitadelError } from "./instance.js";
import type { Search } from "./search.js";
import { invalid } from "./search.js";

/** The instance's MaxQueryLimit as ZITADEL ships it. */
const MAX_LIMIT = 1000;

/**
 * `POST /v2/sessions/search` with a `userIdQuery`, after authentication: protoc-gen-validate's rules, the
 * instance's limit, then the user's sessions, newest first unless `asc`. Terminated sessions are left out
 * (late with `listedForMs`: the search's projection catches up after a while).
 */
export function listSessions(instance: ZitadelInstance, res: ServerResponse, search: Search) {
  const { send, users, context, state } = instance;
  const broken = invalid(search.queries);
  if (broken !== undefined) return send(res, 400, plainError(400, broken));
  // ZITADEL translates the key into the caller's language; the mock sends the key.
  if (search.limit > MAX_LIMIT) return send(res, 400, zitadelError(400, "Errors.Query.LimitExceeded", "QUERY-4M0fs"));
  const userQuery = search.queries.find((q) => q.userIdQuery)?.userIdQuery;
  const userIndex = userQuery ? users.findIndex((u) => u.userId === userQuery.id) : -1;
  const timestamp = new Date(context.referenceMs).toISOString();
  // A search that matches nothing is an empty result, not a 404; zero values are omitted.
  if (userIndex === -1) return send(res, 200, { details: { timestamp } });

  const ids = state.untouched ? undefined : instance.sessions.idsOf(userIndex);
  const { total, at } = listing(
    context.sessionsPerUser,
    ids && ((i) => state.how(ids[i] ?? "", true) === undefined),
    !search.asc,
  );
  const end = Math.min(total, search.offset + search.limit);
  const sessions = [];
  for (let n = search.offset; n < end; n++) sessions.push(instance.session(userIndex, at(n)));
  const details = {
    ...(total > 0 ? { totalResult: String(total) } : {}),
    processedSequence: String(1000 + context.sessionsPerUser + instance.terminated.size),
    timestamp,
  };
  send(res, 200, sessions.length > 0 ? { details, sessions } : { details });
}
