import {
  checkPathParam,
  clientContext,
  expectArray,
  expectObject,
  type ListOptions,
  nextBodyCursor,
  paginate,
  type SessionList,
  sendRequest,
} from "@idp-sessions/core";
import { __CONST__, type __PASCAL__Client } from "./client.js";
import { __CAMEL__Errors } from "./errors.js";
import type { __PASCAL__Session } from "./types.js";

export interface __PASCAL__ListParams {
  /** The user's id. */
  userId: string;
}

/** Every session of one user, following the body's `next` cursor. */
export function listSessions(client: __PASCAL__Client, params: __PASCAL__ListParams, options: ListOptions = {}): SessionList<__PASCAL__Session> {
  const context = clientContext(client, __CONST__);
  const userId = checkPathParam(context, "userId", params.userId);
  return paginate<__PASCAL__Session, string>(
    context,
    async (cursor, signal) => {
      const { data, response } = await sendRequest(context, __CAMEL__Errors, () =>
        client.GET("/users/{user_id}/sessions", { params: { path: { user_id: userId }, query: { cursor, limit: options.pageSize } }, signal }),
      );
      const body = expectObject(context, data, "");
      const items = expectArray(context, body.sessions, "/sessions") as __PASCAL__Session[];
      return { items, next: nextBodyCursor(typeof body.next === "string" ? body.next : null), response };
    },
    { ...options, idOf: (session) => session.id },
  );
}
