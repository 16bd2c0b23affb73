import {
  type Cursor,
  checkPageSize,
  checkPathParam,
  clientContext,
  expectObject,
  idAt,
  type ListOptions,
  nextBodyCursorOf,
  type PathParamsAs,
  pageItems,
  paginate,
  pagingQuery,
  passThroughQuery,
  type SessionList,
  sendRequest,
} from "@idp-sessions/core/internal";
import { AUTH0, type Auth0Client } from "./client.js";
import { auth0Errors } from "./errors.js";
import { getUserSessions as operation } from "./generated/operations.gen.js";
import type { Auth0Session, operations } from "./types.js";

const { parameters, pagination } = operation;

type SpecParams = operations["getUserSessions"]["parameters"];
type PathOptions = typeof operation.pathOptions;
/** The query parameters a caller may send (every one but the paging ones), under the spec's own names. */
type PassThroughParams = Pick<NonNullable<SpecParams["query"]>, (typeof operation.passThrough)[number]>;

/** The path parameters under their option names (`user_id` is `userId`), and the pass-through query. */
export type Auth0ListParams = PathParamsAs<PathOptions, SpecParams["path"]> & PassThroughParams;

/**
 * Every session of one user, following Auth0's `next` cursor (`from`) until it is missing, null or empty
 * (or a page is empty or has no `sessions`). `pageSize` is Auth0's `take` (1..100 in the spec, default 50). A session is
 * identified by its `id`. The other query parameters (`include_totals`) are sent as given.
 */
export function listSessions(
  client: Auth0Client,
  params: Auth0ListParams,
  options: ListOptions = {},
): SessionList<Auth0Session> {
  const context = clientContext(client, AUTH0);
  const userId = checkPathParam(context, "userId", params.userId, parameters.user_id);
  const take = checkPageSize(context, parameters.take, options.pageSize);
  const query = passThroughQuery(operation.passThrough, params);
  return paginate<Auth0Session, Cursor>(
    context,
    async (from, signal) => {
      const { data, response } = await sendRequest(context, auth0Errors, () =>
        client.GET(operation.path, {
          params: { path: { user_id: userId }, query: { ...query, ...pagingQuery(pagination, from, take) } },
          signal,
        }),
      );
      const body = expectObject(context, data, "");
      // Auth0's schema and SDK make `sessions` optional: pageItems reads a page without it as empty.
      const items = pageItems<Auth0Session>(context, operation.items, body);
      const next = nextBodyCursorOf(context, pagination, { cursor: from, body, response, received: items.length });
      return { items, next, response };
    },
    { ...options, idOf: idAt(operation.id) },
  );
}
