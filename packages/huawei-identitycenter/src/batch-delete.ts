import {
  BadRequestError,
  checkPathParam,
  checkRequestBody,
  forOperation,
  listedIds,
  NotFoundError,
  type PathParamsAs,
  sendRequest,
} from "@idp-sessions/core/internal";
import { HUAWEI_IDENTITY_CENTER, type HuaweiIdentityCenterClient } from "./client.js";
import { huaweiIdentityCenterErrors } from "./errors.js";
import { listUserSessions, batchDeleteSessions as operation } from "./generated/operations.gen.js";
import { listSessions } from "./list-sessions.js";
import type { components, operations } from "./types.js";

type PathOptions = typeof operation.pathOptions;
type SpecPath = operations["batchDeleteSessions"]["parameters"]["path"];
type Body = components["schemas"]["BatchDeleteSessionsRequest"];

/** The user whose sessions to revoke, under the options' names (`identity_store_id`, `user_id`). */
export type HuaweiIdentityCenterUserParams = PathParamsAs<PathOptions, SpecPath>;
/** One id of the batch delete's `session_ids`: a listed session's `session_id`. */
export type HuaweiIdentityCenterSessionId = Body["session_ids"][number];

/**
 * What both revoking functions share, for one user: the path (checked before any request), the ids the
 * listing shows now, and the batch delete of some ids (its body checked against the spec's schema, then
 * signed with the rest of the request).
 */
export function batchDeleter(client: HuaweiIdentityCenterClient, params: HuaweiIdentityCenterUserParams) {
  const { context, options: policy } = forOperation(client, HUAWEI_IDENTITY_CENTER, operation);
  const pathParam = (name: keyof PathOptions) => {
    const option = operation.pathOptions[name];
    return checkPathParam(context, option, params[option], operation.parameters[name]);
  };
  const path = { identity_store_id: pathParam("identity_store_id"), user_id: pathParam("user_id") };
  const bodyOf = (ids: readonly unknown[]): Body => {
    const body = { session_ids: [...ids] };
    checkRequestBody(context, operation.requestBody, body);
    return body as Body;
  };
  return {
    context,
    bodyOf,
    listed: async (signal: AbortSignal | undefined): Promise<string[]> => {
      const user = { identityStoreId: path.identity_store_id, userId: path.user_id };
      // Errors of the listing name it, not the batch delete.
      const listContext = forOperation(client, HUAWEI_IDENTITY_CENTER, listUserSessions).context;
      return listedIds(
        listContext,
        listSessions(client, user, { signal }),
        listUserSessions.items,
        listUserSessions.id,
      );
    },
    send: async (body: Body, signal: AbortSignal | undefined): Promise<void> => {
      // The 200 has no body (the SDKs' response models are empty): read as text and ignored.
      await sendRequest(context, huaweiIdentityCenterErrors, () =>
        client.POST(operation.path, { params: { path }, body, parseAs: "text", signal, ...policy }),
      );
    },
  };
}

/**
 * A 400 or 404 of the batch delete. Its answer for ids that are no longer the user's sessions is
 * undocumented, so such a refusal is settled by listing again: an id no longer listed is already gone.
 */
export function refusedIds(error: unknown): boolean {
  return error instanceof BadRequestError || error instanceof NotFoundError;
}
