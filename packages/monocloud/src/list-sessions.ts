import {
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
import { readPaginationHeader } from "./pagination-header.js";
import type { MonoCloudListQuery, MonoCloudSession } from "./types.js";

export interface MonoCloudListParams {
  /** The user's id. */
  userId: string;
  /** Only sessions of this client. */
  clientId?: string | undefined;
  /** `sort_key:sort_order`, e.g. `initiated_at:-1`. */
  sort?: MonoCloudListQuery["sort"];
}

/**
 * Every session of one user, page after page (1-based) while the `x-pagination` header says `has_next`.
 * `pageSize` is MonoCloud's `size` (default 10).
 */
export function listSessions(
  client: MonoCloudClient,
  params: MonoCloudListParams,
  options: ListOptions = {},
): SessionList<MonoCloudSession> {
  const context = clientContext(client, MONOCLOUD);
  const userId = checkPathParam(context, "userId", params.userId);
  return paginate<MonoCloudSession, number>(
    context,
    async (cursor) => {
      const page = cursor ?? 1;
      const { data, response } = await sendRequest(context, monoCloudErrors, () =>
        client.GET("/users/{user_id}/sessions", {
          params: {
            path: { user_id: userId },
            query: { page, size: options.pageSize, client_id: params.clientId, sort: params.sort },
          },
          signal: options.signal,
        }),
      );
      const items = expectArray(context, data, "") as MonoCloudSession[];
      const meta = readPaginationHeader(context, response.headers);
      return { items, next: nextPageNumber(page, meta.has_next), response };
    },
    options,
  );
}
