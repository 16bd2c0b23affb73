export {
  type Cursor,
  idAt,
  nextBodyCursorOf,
  nextCursor,
  nextLinkCursorOf,
  nextOffsetOf,
  nextPageOf,
  noNextPageOf,
  type PageResponse,
  type PagingBinding,
  pageItems,
  pagingQuery,
} from "./bindings.js";
export { nextBodyCursor } from "./body-cursor.js";
export type { IdOf } from "./dedupe.js";
export { type LinkEntry, MAX_LINK_HEADER_LENGTH, nextLinkParam, nextLinkUrl, parseLinkHeader } from "./link-header.js";
export { checkMaxPages, DEFAULT_MAX_PAGES, type ListOptions } from "./list-options.js";
export { nextOffset } from "./offset-total.js";
export { nextPageNumber } from "./page-number.js";
export { checkPageSize } from "./page-size.js";
export { MAX_CURSOR_LENGTH, type PageFetcher, type PageResult, type PaginateOptions, paginate } from "./paginate.js";
export { type Page, SessionList } from "./session-list.js";
