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
import { RepeatedFirstPage } from "./repeated-first-page.js";
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
 * by its `id`. When the server repeats the first page for the second (ory/kratos#3883, see
 * RepeatedFirstPage), the rest is read in one page of 500 if it fits, else a PaginationError says so.
 */
export function listSessions(
  client: OryKratosClient,
  params: OryKratosListParams,
  options: ListOptions = {},
): SessionList<OryKratosSession> {
  const context = clientContext(client, ORY_KRATOS);
  const id = checkPathParam(context, "identityId", params.identityId, parameters.id);
  const pageSize = checkPageSize(context, parameters.page_size, options.pageSize);
  const repeat = new RepeatedFirstPage(context, parameters.page_size.maximum);
  const get = async (page_size: number | undefined, page_token: string | undefined, signal: AbortSignal) => {
    const { data, response } = await sendRequest(context, oryKratosErrors, () =>
      client.GET("/admin/identities/{id}/sessions", {
        params: { path: { id }, query: { page_size, page_token, active: params.active } },
        signal,
      }),
    );
    const items = expectArray(context, data, "") as OryKratosSession[];
    return { items, ids: items.map((session) => session.id), response };
  };
  return paginate<OryKratosSession, string>(
    context,
    async (pageToken, signal) => {
      let { items, ids, response } = await get(pageSize, pageToken, signal);
      if (pageToken === undefined) repeat.first(ids);
      else if (repeat.recover(ids, response)) ({ items, response } = await get(repeat.maxPageSize, undefined, signal));
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
