import {
  ConfigurationError,
  type Cursor,
  checkPageSize,
  checkPathParam,
  clientContext,
  type ErrorContext,
  idAt,
  type ListOptions,
  nextPageOf,
  pageItems,
  paginate,
  pagingQuery,
  passThroughQuery,
  type SessionList,
  sendRequest,
} from "@idp-sessions/core/internal";
import { MONOCLOUD, type MonoCloudClient } from "./client.js";
import { monoCloudErrors } from "./errors.js";
import { getUserSessions as operation } from "./generated/operations.gen.js";
import type { MonoCloudListQuery, MonoCloudSession } from "./types.js";

const { parameters, pagination } = operation;

/** The user, and every query parameter of the spec that is not paging (`client_id`, `sort`), by its own name. */
export interface MonoCloudListParams extends Pick<MonoCloudListQuery, (typeof operation.passThrough)[number]> {
  /** The user's id (the spec's `user_id`). */
  userId: string;
  /** @deprecated Pass `client_id`, the spec's name; this older name is sent as `client_id` too. */
  clientId?: string | undefined;
}

/**
 * Every session of one user, page after page (1-based) while the `x-pagination` header says `has_next`
 * and the page is not empty. `pageSize` is MonoCloud's `size` (at least 1, default 10; the server enforces
 * an undocumented maximum). Page numbers shift while sessions are created, so a session met again on the
 * next page (same `session_id`) is skipped and counted in `skippedDuplicates`.
 */
export function listSessions(
  client: MonoCloudClient,
  params: MonoCloudListParams,
  options: ListOptions = {},
): SessionList<MonoCloudSession> {
  const context = clientContext(client, MONOCLOUD);
  const userId = checkPathParam(context, operation.pathOptions.user_id, params.userId, parameters.user_id);
  const size = checkPageSize(context, parameters[pagination.pageSize.name], options.pageSize);
  const passThrough = passThroughQuery(operation.passThrough, withClientIdAlias(context, params));
  const ordered = inSpecOrder();
  return paginate<MonoCloudSession, Cursor>(
    context,
    async (cursor, signal) => {
      const query = ordered({ ...pagingQuery(pagination, cursor, size), ...passThrough });
      const { data, response } = await sendRequest(context, monoCloudErrors, () =>
        client.GET(operation.path, { params: { path: { user_id: userId }, query }, signal }),
      );
      const items = pageItems<MonoCloudSession>(context, operation.items, data);
      const next = nextPageOf(context, pagination, { cursor, body: data, response, received: items.length });
      return { items, next, response };
    },
    { ...options, idOf: idAt(operation.id) },
  );
}

/** The deprecated `clientId` as `client_id` (the .NET SDK's name for it; the spec's Differences, item 8). */
function withClientIdAlias(context: ErrorContext, params: MonoCloudListParams): MonoCloudListParams {
  if (params.clientId === undefined) return params;
  if (params.client_id !== undefined) {
    throw new ConfigurationError(context, "pass client_id or clientId (its deprecated alias), not both");
  }
  return { ...params, client_id: params.clientId };
}

/**
 * Puts the query in the order the spec declares its parameters, as it has always been sent
 * (`?page=1&size=…`); the order is worked out once per listing, not per page.
 */
function inSpecOrder(): (values: Readonly<Record<string, unknown>>) => MonoCloudListQuery {
  const order = Object.values(parameters).flatMap((p) => (p.in === "query" ? [p.name] : []));
  return (values) => {
    const query: Record<string, unknown> = {};
    for (const name of order) if (values[name] !== undefined) query[name] = values[name];
    return query;
  };
}
