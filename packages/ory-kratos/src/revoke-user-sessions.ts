import {
  checkChoice,
  checkPathParam,
  forOperation,
  goneOn404,
  listedIds,
  type RevokeOptions,
  type RevokeOutcome,
  type RevokeReport,
  revokeAll,
  sendRequest,
} from "@idp-sessions/core/internal";
import { ORY_KRATOS, type OryKratosClient } from "./client.js";
import { oryKratosErrors } from "./errors.js";
import { deleteIdentitySessions, disableSession, listIdentitySessions } from "./generated/operations.gen.js";
import { listSessions } from "./list-sessions.js";
import { type OryKratosUserParams, revokeSession } from "./revoke-session.js";

/**
 * How Kratos is asked to end an identity's sessions: `disable` (the default) deactivates each one and
 * keeps it, listed as inactive, for the record; `delete` deletes them all at once, leaving no trace.
 */
export type OryKratosRevokeMethod = "disable" | "delete";
export const ORY_KRATOS_REVOKE_METHODS = ["disable", "delete"] as const satisfies readonly OryKratosRevokeMethod[];

export interface OryKratosRevokeUserSessionsOptions extends RevokeOptions {
  /**
   * `disable` (default): each active session is disabled (`DELETE /admin/sessions/{id}`, `concurrency` at a
   * time) and stays listed with `active: false`. `delete`: one `DELETE /admin/identities/{id}/sessions`,
   * which deletes every session of the identity, inactive ones and any started after the listing included.
   */
  method?: OryKratosRevokeMethod | undefined;
}

/**
 * Revokes every active session of one identity and reports each; see OryKratosRevokeUserSessionsOptions
 * for how. Sessions are found (and verified) with the listing's `active: true` filter: disabled and
 * expired ones are already over. Kratos writes synchronously, so the verification lists once.
 */
export async function revokeUserSessions(
  client: OryKratosClient,
  params: OryKratosUserParams,
  options: OryKratosRevokeUserSessionsOptions = {},
): Promise<RevokeReport> {
  const method = checkChoice(ORY_KRATOS, "method", options.method, ORY_KRATOS_REVOKE_METHODS);
  const { context, options: policy } = forOperation(client, ORY_KRATOS, deleteIdentitySessions);
  // The report's context names the operation that ends the sessions.
  const reportContext = method === "delete" ? context : forOperation(client, ORY_KRATOS, disableSession).context;
  const listContext = forOperation(client, ORY_KRATOS, listIdentitySessions).context;
  const identityId = checkPathParam(context, "identityId", params.identityId, deleteIdentitySessions.parameters.id);
  // One page of the spec's largest size holds most identities' sessions: fewer requests, and no repeated
  // first page to recover from (listSessions handles that, ory/kratos#3883).
  const pageSize = listIdentitySessions.parameters.page_size.maximum;
  // Kratos' 404 here means nothing was left to delete (no sessions, an unknown identity, or a repeat).
  const revokeMany = async (ids: readonly string[], signal: AbortSignal) => {
    const outcome = await goneOn404(() =>
      sendRequest(context, oryKratosErrors, () =>
        client.DELETE(deleteIdentitySessions.path, { params: { path: { id: identityId } }, signal, ...policy }),
      ),
    );
    return new Map(ids.map((id): [string, RevokeOutcome] => [id, outcome]));
  };
  return revokeAll(
    {
      context: reportContext,
      method,
      listActive: (signal) =>
        listedIds(
          listContext,
          listSessions(client, { identityId, active: true }, { pageSize, signal }),
          listIdentitySessions.items,
          listIdentitySessions.id,
        ),
      ...(method === "delete"
        ? { revokeMany }
        : {
            revokeOne: async (sessionId: string, signal: AbortSignal) =>
              (await revokeSession(client, { identityId, sessionId }, { signal })).outcome,
          }),
    },
    options,
  );
}
