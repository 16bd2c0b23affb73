import {
  checkPathParam,
  clientContext,
  expectArray,
  expectObject,
  type ListOptions,
  noNextPage,
  paginate,
  type SessionList,
  sendRequest,
} from "@idp-sessions/core";
import { HUAWEI_IDENTITY_CENTER, type HuaweiIdentityCenterClient } from "./client.js";
import { huaweiIdentityCenterErrors } from "./errors.js";
import { OPERATIONS } from "./generated/operations.gen.js";
import type { HuaweiIdentityCenterSession } from "./types.js";

export interface HuaweiIdentityCenterListParams {
  /** The identity store id, e.g. `d-1234567890`. */
  identityStoreId: string;
  /** The user's id in that identity store. */
  userId: string;
}

const { parameters } = OPERATIONS.listUserSessions;

/**
 * Every session of one user. The service has no pagination: one response holds them all, and a response
 * without `session_list` means none. `pageSize` is ignored (the operation has no page-size parameter);
 * `maxPages` is checked but one page is all there is. A `session_id` listed twice is yielded once.
 */
export function listSessions(
  client: HuaweiIdentityCenterClient,
  params: HuaweiIdentityCenterListParams,
  options: ListOptions = {},
): SessionList<HuaweiIdentityCenterSession> {
  const context = clientContext(client, HUAWEI_IDENTITY_CENTER);
  const identityStoreId = checkPathParam(
    context,
    "identityStoreId",
    params.identityStoreId,
    parameters.identity_store_id,
  );
  const userId = checkPathParam(context, "userId", params.userId, parameters.user_id);
  return paginate<HuaweiIdentityCenterSession, never>(
    context,
    async (_cursor, signal) => {
      const { data, response } = await sendRequest(context, huaweiIdentityCenterErrors, () =>
        client.GET("/v1/identity-stores/{identity_store_id}/users/{user_id}/sessions", {
          params: { path: { identity_store_id: identityStoreId, user_id: userId } },
          signal,
        }),
      );
      const body = expectObject(context, data, "");
      const list = body.session_list;
      const items = (
        list === undefined ? [] : expectArray(context, list, "/session_list")
      ) as HuaweiIdentityCenterSession[];
      return { items, next: noNextPage(), response };
    },
    { ...options, idOf: (session) => session.session_id },
  );
}
