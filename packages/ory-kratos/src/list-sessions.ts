import {
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
import type { OryKratosSession } from "./types.js";

export interface OryKratosListParams {
  /** The identity's id (a UUID). */
  identityId: string;
  /** Only active (`true`) or only inactive (`false`) sessions; all when omitted. */
  active?: boolean | undefined;
}

/**
 * Every session of one identity. The first page is fetched without a token; each next page's `page_token`
 * comes from the `Link` header's `rel="next"` URL (absent on the last page) and is passed on untouched.
 * `pageSize` is Kratos' `page_size` (1..500, default 250).
 */
export function listSessions(
  client: OryKratosClient,
  params: OryKratosListParams,
  options: ListOptions = {},
): SessionList<OryKratosSession> {
  const context = clientContext(client, ORY_KRATOS);
  const id = checkPathParam(context, "identityId", params.identityId);
  return paginate<OryKratosSession, string>(
    context,
    async (pageToken) => {
      const { data, response } = await sendRequest(context, oryKratosErrors, () =>
        client.GET("/admin/identities/{id}/sessions", {
          params: {
            path: { id },
            query: { page_size: options.pageSize, page_token: pageToken, active: params.active },
          },
          signal: options.signal,
        }),
      );
      const items = expectArray(context, data, "") as OryKratosSession[];
      const next = nextLinkParam(response.headers.get("link"), "page_token");
      if (next === null) {
        throw new PaginationError(context, 'the Link header\'s rel="next" URL has no page_token; cannot continue');
      }
      return { items, next, response };
    },
    options,
  );
}
