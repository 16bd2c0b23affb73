import { type ErrorContext, PaginationError, ResponseValidationError } from "../errors.js";
import { expectArray, expectUint64, jsonType, pointerTo, valueAt } from "../shape.js";
import type { SpecLocation } from "../spec-bindings.js";
import { nextBodyCursor } from "./body-cursor.js";
import { nextLinkParam } from "./link-header.js";
import { nextOffset } from "./offset-total.js";
import { nextPageNumber } from "./page-number.js";

type QueryLocation = { readonly in: "query"; readonly name: string };

/**
 * An operation's pagination as its spec declares it (`x-idp-sessions.pagination`, generated into
 * `OPERATIONS.<op>.pagination`). The strategies below own both directions, as Stainless's page classes do:
 * what a request carries for a page (pagingQuery), and where the next page is (nextCursor).
 */
export type PagingBinding =
  | { readonly style: "none" }
  | {
      readonly style: "cursor";
      readonly cursor: QueryLocation;
      readonly next: SpecLocation;
      readonly pageSize?: QueryLocation;
    }
  | {
      readonly style: "page";
      readonly page: QueryLocation;
      readonly hasMore: SpecLocation;
      readonly pageSize?: QueryLocation;
    }
  | {
      readonly style: "offset";
      readonly offset: SpecLocation;
      readonly total: SpecLocation;
      readonly pageSize?: SpecLocation;
    };

/** A cursor, page number or offset; undefined asks for the first page. */
export type Cursor = string | number;

/**
 * The query parameters that ask for the page at `cursor` with `pageSize` (both left out when undefined).
 * Body-borne paging (ZITADEL's search) is written by its package, which owns that body.
 */
export function pagingQuery(
  binding: PagingBinding,
  cursor: Cursor | undefined,
  pageSize: number | undefined,
  firstPage = 1,
): Record<string, Cursor> {
  const query: Record<string, Cursor> = {};
  if (binding.style === "none") return query;
  if (binding.pageSize?.in === "query" && pageSize !== undefined) query[binding.pageSize.name] = pageSize;
  if (binding.style === "cursor" && cursor !== undefined) query[binding.cursor.name] = cursor;
  if (binding.style === "page") query[binding.page.name] = cursor ?? firstPage;
  if (binding.style === "offset" && binding.offset.in === "query") query[binding.offset.name] = cursor ?? 0;
  return query;
}

/** The sessions of a page, where the spec says they are: the body itself must be an array; a missing property is none. */
export function pageItems<TItem>(context: ErrorContext, items: SpecLocation, body: unknown): TItem[] {
  if (items.in !== "body") throw new PaginationError(context, "the spec puts the sessions outside the body");
  if (items.path.length === 0) return expectArray(context, body, "") as TItem[];
  const value = valueAt(body, items.path);
  return (value === undefined ? [] : expectArray(context, value, pointerTo(items.path))) as TItem[];
}

/** A value in the body or in a header (a JSON header when the location has a path). */
function responseValue(context: ErrorContext, at: SpecLocation, body: unknown, headers: Headers): unknown {
  if (at.in === "body") return valueAt(body, at.path);
  if (at.in !== "header") return undefined;
  const raw = headers.get(at.name);
  if (!at.path) return raw ?? undefined;
  const pointer = `/headers/${at.name}`;
  if (raw === null)
    throw new ResponseValidationError(context, { pointer, expected: "a JSON header", actual: "no header" });
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ResponseValidationError(context, { pointer, expected: "JSON", actual: "a value that is not JSON" });
  }
  return valueAt(parsed, at.path);
}

const where = (at: SpecLocation) =>
  at.in === "header" ? `/headers/${at.name}${pointerTo(at.path ?? [])}` : at.in === "body" ? pointerTo(at.path) : "";

export interface PageResponse {
  cursor: Cursor | undefined;
  body: unknown;
  response: Response;
  /** Sessions on this page (before deduplication). */
  received: number;
}

type Style<S extends PagingBinding["style"]> = Extract<PagingBinding, { style: S }>;

/*
 * One function per style, so that a client bundles only the strategy its spec names (an Auth0 program
 * carries no Link-header parser). `nextCursor` picks among them for code that handles any spec.
 */

/** One response holds everything (Huawei): there is never a next page. */
export function noNextPageOf(_binding: Style<"none">): undefined {
  return undefined;
}

/** Cursor in a body value (Auth0's `next`): a missing, null or empty one ends the listing. */
export function nextBodyCursorOf(
  context: ErrorContext,
  binding: Style<"cursor">,
  page: PageResponse,
): string | undefined {
  const next = responseValue(context, binding.next, page.body, page.response.headers);
  if (next !== undefined && next !== null && typeof next !== "string") {
    throw new ResponseValidationError(context, {
      pointer: where(binding.next),
      expected: "string or null",
      actual: jsonType(next),
    });
  }
  return nextBodyCursor(next);
}

/** Cursor in the Link header's `rel="next"` URL, under the cursor parameter's own name (Kratos). */
export function nextLinkCursorOf(
  context: ErrorContext,
  binding: Style<"cursor">,
  page: PageResponse,
): string | undefined {
  const next = nextLinkParam(page.response.headers.get("link"), binding.cursor.name);
  if (next === undefined || page.received === 0) return undefined;
  // An empty cursor would ask for the first page again: no way on either way.
  if (next === null || next === "") {
    throw new PaginationError(
      context,
      `the Link header's rel="next" URL has no ${binding.cursor.name}; cannot continue`,
    );
  }
  return next;
}

/** Page numbers while `hasMore` (a body or JSON-header boolean) is true (MonoCloud). */
export function nextPageOf(context: ErrorContext, binding: Style<"page">, page: PageResponse): number | undefined {
  const hasMore = responseValue(context, binding.hasMore, page.body, page.response.headers);
  if (typeof hasMore !== "boolean") {
    throw new ResponseValidationError(context, {
      pointer: where(binding.hasMore),
      expected: "boolean",
      actual: jsonType(hasMore),
    });
  }
  return nextPageNumber(typeof page.cursor === "number" ? page.cursor : 1, hasMore);
}

/** An offset that advances by what was received, up to the total (ZITADEL). */
export function nextOffsetOf(context: ErrorContext, binding: Style<"offset">, page: PageResponse): number | undefined {
  const value = responseValue(context, binding.total, page.body, page.response.headers);
  const total = expectUint64(context, value, where(binding.total));
  return nextOffset(typeof page.cursor === "number" ? page.cursor : 0, page.received, total);
}

/** The cursor of the next page, or undefined on the last; a response that cannot say is a typed error. */
export function nextCursor(context: ErrorContext, binding: PagingBinding, page: PageResponse): Cursor | undefined {
  switch (binding.style) {
    case "none":
      return undefined;
    case "cursor":
      return binding.next.in === "header" && binding.next.name === "link"
        ? nextLinkCursorOf(context, binding, page)
        : nextBodyCursorOf(context, binding, page);
    case "page":
      return nextPageOf(context, binding, page);
    case "offset":
      return nextOffsetOf(context, binding, page);
  }
}

/** The session id at `path` inside an item, for deduplication (own properties only). */
export const idAt =
  (path: readonly string[]) =>
  (item: unknown): unknown =>
    valueAt(item, path);
