import {
  checkPageSize,
  checkPathParam,
  clientContext,
  expectArray,
  type ListOptions,
  nextLinkParam,
  PaginationError,
  paginate,
  type SessionList,
  sendRequest,
} from "@idp-sessions/core";
import { ORY_KRATOS, type OryKratosClient } from "./client.js";
import { oryKratosErrors } from "./errors.js";
import { OPERATIONS } from "./generated/operations.gen.js";
import type { OryKratosSession } from "./types.js";

export interface OryKratosListParams {
  /** The identity's id (a UUID). */
  identityId: string;
  /** Only active (`true`) or only inactive (`false`) sessions; all when omitted. */
  active?: boolean | undefined;
}

const { parameters } = OPERATIONS.listIdentitySessions;

/**
 * Every session of one identity. The first page is fetched without a token; each next page's `page_token`
 * comes from the `Link` header's `rel="next"` URL and is passed on untouched. Kratos links a `rel="next"`
 * even from an empty listing, so an empty page ends it. `identityId` must be a UUID (Kratos answers 400
 * otherwise); `pageSize` is Kratos' `page_size` (1..500 in the spec, default 250). A session is identified
 * by its `id`.
 */
export function listSessions(
  client: OryKratosClient,
  params: OryKratosListParams,
  options: ListOptions = {},
): SessionList<OryKratosSession> {
  const context = clientContext(client, ORY_KRATOS);
  const id = checkPathParam(context, "identityId", params.identityId, parameters.id);
  const pageSize = checkPageSize(context, parameters.page_size, options.pageSize);
  return paginate<OryKratosSession, string>(
    context,
    async (pageToken, signal) => {
      const { data, response } = await sendRequest(context, oryKratosErrors, () =>
        client.GET("/admin/identities/{id}/sessions", {
          params: {
            path: { id },
            query: { page_size: pageSize, page_token: pageToken, active: params.active },
          },
          signal,
        }),
      );
      const items = expectArray(context, data, "") as OryKratosSession[];
      const next = nextLinkParam(response.headers.get("link"), "page_token");
      // An empty token (the spec's minLength is 1) would ask for the first page again: no way on either.
      // An empty page ends the listing whatever its Link says (Kratos links rel="next" from an empty one).
      if (items.length === 0) return { items, next: undefined, response };
      if (next === null || next === "") {
        throw new PaginationError(context, 'the Link header\'s rel="next" URL has no page_token; cannot continue');
      }
      return { items, next, response };
    },
    { ...options, idOf: (session) => session.id },
  );
}
