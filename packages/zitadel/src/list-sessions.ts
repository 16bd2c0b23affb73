import {
  ConfigurationError,
  type Cursor,
  checkPageSize,
  checkRequestBody,
  clientContext,
  expectObject,
  idAt,
  type ListOptions,
  nextOffsetOf,
  pageItems,
  paginate,
  passThroughQuery,
  retryPolicy,
  type SessionList,
  sendRequest,
} from "@idp-sessions/core/internal";
import { ZITADEL, type ZitadelClient } from "./client.js";
import { zitadelErrors } from "./errors.js";
import { listSessions as operation } from "./generated/operations.gen.js";
import type { operations, ZitadelListSessionsRequest, ZitadelSearchQuery, ZitadelSession } from "./types.js";

const { pagination, requestBody } = operation;

type Query = NonNullable<operations["listSessions"]["parameters"]["query"]>;
/** The query parameters a caller may send, under the spec's own names (the spec declares none today). */
export type ZitadelPassThroughParams = Pick<Query, (typeof operation.passThrough)[number]>;

/** The search's own parameters (its body is hand-written, see below) and any pass-through query. */
export type ZitadelListParams = ZitadelPassThroughParams & {
  /** The user's id. */
  userId: string;
  /** Further search queries, AND-combined with the user id query. */
  queries?: readonly ZitadelSearchQuery[] | undefined;
  /** Oldest first (default) or newest first (`false`). Oldest first keeps offsets stable while sessions are created. */
  ascending?: boolean | undefined;
};

/** Page size when none is given: ZITADEL's default maximum is 1000, and a limit over it is an error. */
export const DEFAULT_ZITADEL_PAGE_SIZE = 100;

/**
 * Every session of one user: a `userIdQuery` search, paged with `query.offset`/`query.limit` until
 * `offset + received >= details.totalResult` (an absent total is 0, as proto3 omits zero values) or a
 * page is empty. `pageSize` is `query.limit` (0..4294967295 in the spec, 0 meaning the instance's
 * default; the instance's maximum, 1000 by default, is enforced by the server). Newest first, offsets
 * shift while sessions are created, so a session met again on the next page (same `id`) is skipped and
 * counted in `skippedDuplicates`. The search body is checked against the spec's bounds (the protos'
 * protoc-gen-validate rules, e.g. `creatorQuery.id` at most 200 characters) before anything is sent: a
 * body that breaks one is a RequestBodyError (a ConfigurationError) naming its JSON pointer.
 */
export function listSessions(
  client: ZitadelClient,
  params: ZitadelListParams,
  options: ListOptions = {},
): SessionList<ZitadelSession> {
  const context = clientContext(client, ZITADEL);
  if (typeof params.userId !== "string" || params.userId.length === 0) {
    throw new ConfigurationError(context, "userId must be a non-empty string");
  }
  if (params.queries !== undefined && !Array.isArray(params.queries)) {
    throw new ConfigurationError(context, "queries must be an array of search queries");
  }
  const limit = checkPageSize(context, operation.body["query.limit"], options.pageSize) ?? DEFAULT_ZITADEL_PAGE_SIZE;
  const queries: ZitadelSearchQuery[] = [{ userIdQuery: { id: params.userId } }, ...(params.queries ?? [])];
  // The values come from `params`, typed by Query's own members (ZitadelPassThroughParams).
  const query = passThroughQuery(operation.passThrough, params) as Query;
  // The search body (`handwritten: [requestBody]`) is written here rather than built from the spec: its
  // paging and sorting are this listing's own choices. The offset and limit sit where the pagination
  // bindings say (test/parameters.test-d.ts); the uint64 offset goes out as a string, as the gateway's
  // proto3 JSON mapping expects. The spec's bounds are checked on every page's body (the caller's query
  // objects could change meanwhile).
  const bodyAt = (offset: Cursor): ZitadelListSessionsRequest => {
    const body: ZitadelListSessionsRequest = {
      query: { offset: String(offset), limit, asc: params.ascending ?? true },
      queries,
      sortingColumn: "SESSION_FIELD_NAME_CREATION_DATE",
    };
    checkRequestBody(context, requestBody, body);
    return body;
  };
  bodyAt(0); // before anything is sent, so that a bad query throws here and not on the first page
  // A POST, which the client's fetch would not repeat: the spec marks this search safe to repeat (a read).
  const policy = retryPolicy(context, operation);
  return paginate<ZitadelSession, Cursor>(
    context,
    async (cursor = 0, signal) => {
      const { data, response } = await sendRequest(context, zitadelErrors, () =>
        client.POST(operation.path, { params: { query }, body: bodyAt(cursor), signal, ...policy }),
      );
      const body = expectObject(context, data, "");
      // A `details` that is not an object is refused, not read as "no total".
      if (body.details !== undefined) expectObject(context, body.details, "/details");
      const items = pageItems<ZitadelSession>(context, operation.items, body);
      const next = nextOffsetOf(context, pagination, { cursor, body, response, received: items.length });
      return { items, next, response };
    },
    { ...options, idOf: idAt(operation.id) },
  );
}
