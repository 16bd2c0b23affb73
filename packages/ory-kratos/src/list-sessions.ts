import {
  type Cursor,
  checkPageSize,
  checkPathParam,
  clientContext,
  idAt,
  type ListOptions,
  nextLinkCursorOf,
  pageItems,
  paginate,
  pagingQuery,
  passThroughQuery,
  type SessionList,
  sendRequest,
} from "@idp-sessions/core/internal";
import { ORY_KRATOS, type OryKratosClient } from "./client.js";
import { oryKratosErrors } from "./errors.js";
import { listIdentitySessions as op } from "./generated/operations.gen.js";
import { RepeatedFirstPage } from "./repeated-first-page.js";
import type { OryKratosListQuery, OryKratosSession } from "./types.js";

type PassThrough = (typeof op.passThrough)[number];

/** The path parameter under its option name, and every query parameter that is not paging (`active`). */
export interface OryKratosListParams extends Pick<OryKratosListQuery, PassThrough> {
  /** The identity's id (a UUID): the spec's path parameter `id`. */
  identityId: string;
}

/**
 * Every session of one identity. The first page is fetched without a token; each next page's `page_token`
 * comes from the `Link` header's `rel="next"` URL and is passed on untouched (an empty page ends the
 * listing: Kratos links `rel="next"` even from an empty one). `identityId` must be a UUID (Kratos answers
 * 400 otherwise); `pageSize` is Kratos' `page_size` (1..500 in the spec, default 250). When the server
 * repeats the first page for the second (ory/kratos#3883, see RepeatedFirstPage), the rest is read in one
 * page of the spec's maximum if it fits, else a PaginationError says so.
 */
export function listSessions(
  client: OryKratosClient,
  params: OryKratosListParams,
  options: ListOptions = {},
): SessionList<OryKratosSession> {
  const context = clientContext(client, ORY_KRATOS);
  const id = checkPathParam(context, op.pathOptions.id, params.identityId, op.parameters.id);
  const sizeBounds = op.parameters[op.pagination.pageSize.name];
  const pageSize = checkPageSize(context, sizeBounds, options.pageSize);
  const repeat = new RepeatedFirstPage(context, sizeBounds.maximum);
  const idOf = idAt(op.id);
  const passed = passThroughQuery(op.passThrough, params);
  const get = async (size: number | undefined, cursor: Cursor | undefined, signal: AbortSignal | undefined) => {
    const query: OryKratosListQuery = { ...pagingQuery(op.pagination, cursor, size), ...passed };
    const { data, response } = await sendRequest(context, oryKratosErrors, () =>
      client.GET(op.path, { params: { path: { id }, query }, signal }),
    );
    return { items: pageItems<OryKratosSession>(context, op.items, data), body: data, response };
  };
  return paginate<OryKratosSession, Cursor>(
    context,
    async (cursor, signal) => {
      let page = await get(pageSize, cursor, signal);
      if (cursor === undefined) repeat.first(page.items.map(idOf));
      else if (repeat.recover(page.items.map(idOf), page.response))
        page = await get(repeat.maxPageSize, undefined, signal);
      const next = nextLinkCursorOf(context, op.pagination, { ...page, cursor, received: page.items.length });
      return { items: page.items, next, response: page.response };
    },
    { ...options, idOf },
  );
}
