import type { ServerResponse } from "node:http";
import { decodeCursor, encodeCursor, intParam, type MockRequest } from "../../http.js";
import { listing } from "../../provider.js";
import { validationError } from "./errors.js";
import type { Auth0Tenant } from "./tenant.js";

const TAKE = "Number of results per page. Defaults to 50.";
const TOTALS =
  "Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).";

/** `GET /users/{user_id}/sessions`: `from`/`take`, the sessions not (yet visibly) deleted. */
export function listUserSessions(tenant: Auth0Tenant, request: MockRequest, res: ServerResponse, userId: string) {
  const { fail, users, state, sessions } = tenant;
  const userIndex = users.findIndex((u) => u.userId === userId);
  if (userIndex === -1) return fail(res, 404, "The user does not exist.");
  const take = intParam(request.url, "take") ?? 50;
  if (!Number.isInteger(take) || take < 1 || take > 100) {
    const reason = Number.isNaN(take)
      ? "Expected type integer but found type string"
      : `Value ${take} is ${take < 1 ? "less than minimum 1" : "greater than maximum 100"}`;
    return fail(res, 400, validationError("Query", reason, "take", TAKE));
  }
  const totals = request.url.searchParams.get("include_totals");
  if (totals !== null && totals !== "true" && totals !== "false") {
    return fail(
      res,
      400,
      validationError("Query", "Expected type boolean but found type string", "include_totals", TOTALS),
    );
  }
  const from = request.url.searchParams.get("from");
  const offset = from === null || from === "" ? 0 : decodeCursor("auth0", from);
  // What Auth0 says about a cursor it cannot read is not documented; the mock answers a 400.
  if (offset === undefined) return fail(res, 400, "Query validation error: invalid 'from' cursor.");
  const ids = state.untouched ? undefined : sessions.idsOf(userIndex);
  const { total, at } = listing(tenant.context.sessionsPerUser, ids && ((i) => tenant.shown(ids[i] ?? "")));
  const end = Math.min(total, offset + take);
  const page = [];
  for (let n = offset; n < end; n++) page.push(tenant.session(userIndex, at(n)));
  tenant.json(res, end < total ? { sessions: page, next: encodeCursor("auth0", end) } : { sessions: page });
}
