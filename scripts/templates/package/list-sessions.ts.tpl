import {
  type Cursor,
  checkPageSize,
  checkPathParam,
  clientContext,
  expectObject,
  idAt,
  type ListOptions,
  nextBodyCursorOf,
  pageItems,
  paginate,
  pagingQuery,
  passThroughQuery,
  type PathParamsAs,
  type SessionList,
  sendRequest,
} from "@idp-sessions/core/internal";
import { __CONST__, type __PASCAL__Client } from "./client.js";
import { __CAMEL__Errors } from "./errors.js";
import { OPERATIONS } from "./generated/operations.gen.js";
import type { __PASCAL__Session, operations } from "./types.js";

const operation = OPERATIONS.listUserSessions;
const { parameters, pagination } = operation;
type SpecParams = operations["listUserSessions"]["parameters"];
type PathOptions = typeof operation.pathOptions;
type PassThroughParams = Pick<NonNullable<SpecParams["query"]>, (typeof operation.passThrough)[number]>;

/** The path parameters under their option names, and every query parameter that is not a paging one. */
export type __PASCAL__ListParams = PathParamsAs<PathOptions, SpecParams["path"]> & PassThroughParams;

/** Every session of one user, paged as the spec's `x-idp-sessions.pagination` says (a body cursor here). */
export function listSessions(client: __PASCAL__Client, params: __PASCAL__ListParams, options: ListOptions = {}): SessionList<__PASCAL__Session> {
  const context = clientContext(client, __CONST__);
  const userId = checkPathParam(context, "userId", params.userId, parameters.user_id);
  const limit = checkPageSize(context, parameters.limit, options.pageSize);
  const query = passThroughQuery(operation.passThrough, params);
  return paginate<__PASCAL__Session, Cursor>(
    context,
    async (cursor, signal) => {
      const { data, response } = await sendRequest(context, __CAMEL__Errors, () =>
        client.GET(operation.path, { params: { path: { user_id: userId }, query: { ...query, ...pagingQuery(pagination, cursor, limit) } }, signal }),
      );
      const body = expectObject(context, data, "");
      const items = pageItems<__PASCAL__Session>(context, operation.items, body);
      return { items, next: nextBodyCursorOf(context, pagination, { cursor, body, response, received: items.length }), response };
    },
    { ...options, idOf: idAt(operation.id) },
  );
}
