import {
  checkPathParam,
  forOperation,
  goneOn404,
  type PathParamsAs,
  type RevokeResult,
  sendRequest,
} from "@idp-sessions/core/internal";
import { ORY_KRATOS, type OryKratosClient } from "./client.js";
import { oryKratosErrors } from "./errors.js";
import { deleteIdentitySessions, disableSession } from "./generated/operations.gen.js";
import type { operations } from "./types.js";

type UserPathOptions = typeof deleteIdentitySessions.pathOptions;
type UserPath = operations["deleteIdentitySessions"]["parameters"]["path"];
type SessionPathOptions = typeof disableSession.pathOptions;
type SessionPath = operations["disableSession"]["parameters"]["path"];

/** The identity whose sessions to revoke, under its option name (the path's `id` is `identityId`). */
export type OryKratosUserParams = PathParamsAs<UserPathOptions, UserPath>;

/** The identity and its session to revoke (the disable path's `id` is `sessionId`). */
export type OryKratosRevokeSessionParams = OryKratosUserParams & PathParamsAs<SessionPathOptions, SessionPath>;

export interface OryKratosRevokeSessionOptions {
  signal?: AbortSignal | undefined;
}

/**
 * Disables one session (`DELETE /admin/sessions/{id}`): its token stops working at once, and Kratos keeps
 * it, listed with `active: false`, until it expires. 204 is `revoked`, also for a session that was
 * already disabled (Kratos answers a repeated disable 204 again); 404 (unknown, deleted, or another
 * project's) is `alreadyGone`. `identityId` is checked (a UUID) but not sent: Kratos disables a session
 * by its id alone and does not check whose it is; it is taken so that every provider's revokeSession
 * names the user.
 */
export async function revokeSession(
  client: OryKratosClient,
  params: OryKratosRevokeSessionParams,
  options: OryKratosRevokeSessionOptions = {},
): Promise<RevokeResult> {
  const { context, options: policy } = forOperation(client, ORY_KRATOS, disableSession);
  checkPathParam(context, "identityId", params.identityId, deleteIdentitySessions.parameters.id);
  const id = checkPathParam(context, "sessionId", params.sessionId, disableSession.parameters.id);
  const outcome = await goneOn404(() =>
    sendRequest(context, oryKratosErrors, () =>
      client.DELETE(disableSession.path, { params: { path: { id } }, signal: options.signal, ...policy }),
    ),
  );
  return { sessionId: id, outcome };
}
