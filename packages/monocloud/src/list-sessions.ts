import {
  checkPageSize,
  checkPathParam,
  clientContext,
  expectArray,
  type ListOptions,
  nextPageNumber,
  paginate,
  type SessionList,
  sendRequest,
} from "@idp-sessions/core";
import { MONOCLOUD, type MonoCloudClient } from "./client.js";
import { monoCloudErrors } from "./errors.js";
import { OPERATIONS } from "./generated/operations.gen.js";
import { readPaginationHeader } from "./pagination-header.js";
import type { MonoCloudListQuery, MonoCloudSession } from "./types.js";

export interface MonoCloudListParams {
  /** The user's id. */
  userId: string;
  /**
   * Only sessions of this client, sent as `client_id`: the name the service documents and the JS SDK sends
   * (the .NET SDK writes `clientId`, which nothing documents; the spec's Differences, item 8).
   */
  clientId?: string | undefined;
  /** `sort_key:sort_order`, e.g. `initiated_at:-1`. */
  sort?: MonoCloudListQuery["sort"];
}

const { parameters } = OPERATIONS.getUserSessions;

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
  const userId = checkPathParam(context, "userId", params.userId, parameters.user_id);
  const size = checkPageSize(context, parameters.size, options.pageSize);
  return paginate<MonoCloudSession, number>(
    context,
    async (cursor, signal) => {
      const page = cursor ?? 1;
      const { data, response } = await sendRequest(context, monoCloudErrors, () =>
        client.GET("/users/{user_id}/sessions", {
          params: {
            path: { user_id: userId },
            query: { page, size, client_id: params.clientId, sort: params.sort },
          },
          signal,
        }),
      );
      const items = expectArray(context, data, "") as MonoCloudSession[];
      const meta = readPaginationHeader(context, response.headers);
      return { items, next: nextPageNumber(page, meta.has_next), response };
    },
    { ...options, idOf: (session) => session.session_id },
  );
}
