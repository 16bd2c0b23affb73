import {
  type Cursor,
  checkPathParam,
  clientContext,
  expectObject,
  idAt,
  type ListOptions,
  noNextPageOf,
  pageItems,
  paginate,
  pagingQuery,
  passThroughQuery,
  type SessionList,
  sendRequest,
} from "@idp-sessions/core/internal";
import { HUAWEI_IDENTITY_CENTER, type HuaweiIdentityCenterClient } from "./client.js";
import { huaweiIdentityCenterErrors } from "./errors.js";
import { listUserSessions as operation } from "./generated/operations.gen.js";
import type { HuaweiIdentityCenterSession, operations } from "./types.js";

type OperationParams = operations["listUserSessions"]["parameters"];
/** The operation's query parameters (none today: `never`, so no pass-through key). */
type Query = NonNullable<OperationParams["query"]>;

/** The path parameters under their options' names, and every pass-through query parameter under the spec's. */
export interface HuaweiIdentityCenterListParams extends Pick<Query, (typeof operation.passThrough)[number]> {
  /** The identity store id, e.g. `d-1234567890`. */
  identityStoreId: OperationParams["path"]["identity_store_id"];
  /** The user's id in that identity store. */
  userId: OperationParams["path"]["user_id"];
}

/**
 * Every session of one user. The service has no pagination (the spec's `pagination.style` is `none`): one
 * response holds them all, and a response without `session_list` means none. `pageSize` is ignored (the
 * operation has no page-size parameter); `maxPages` is checked but one page is all there is. A
 * `session_id` listed twice is yielded once.
 */
export function listSessions(
  client: HuaweiIdentityCenterClient,
  params: HuaweiIdentityCenterListParams,
  options: ListOptions = {},
): SessionList<HuaweiIdentityCenterSession> {
  const context = clientContext(client, HUAWEI_IDENTITY_CENTER);
  const pathParam = (name: keyof typeof operation.pathOptions) => {
    const option = operation.pathOptions[name];
    return checkPathParam(context, option, params[option], operation.parameters[name]);
  };
  const path = { identity_store_id: pathParam("identity_store_id"), user_id: pathParam("user_id") };
  const passThrough = passThroughQuery(operation.passThrough, params);
  return paginate<HuaweiIdentityCenterSession, Cursor>(
    context,
    async (cursor, signal) => {
      // passThroughQuery forgets the values' types; they are the caller's, typed from Query.
      const query = { ...pagingQuery(operation.pagination, cursor, undefined), ...passThrough } as Query;
      const { data, response } = await sendRequest(context, huaweiIdentityCenterErrors, () =>
        client.GET(operation.path, { params: { path, query }, signal }),
      );
      // The 200 body is an object; only `session_list` inside it may be missing.
      const body = expectObject(context, data, "");
      const items = pageItems<HuaweiIdentityCenterSession>(context, operation.items, body);
      return { items, next: noNextPageOf(operation.pagination), response };
    },
    { ...options, idOf: idAt(operation.id) },
  );
}
