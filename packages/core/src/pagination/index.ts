export { nextBodyCursor } from "./body-cursor.js";
export { type LinkEntry, MAX_LINK_HEADER_LENGTH, nextLinkParam, nextLinkUrl, parseLinkHeader } from "./link-header.js";
export { nextOffset } from "./offset-total.js";
export { nextPageNumber } from "./page-number.js";
export { type ListOptions, type Page, type PageFetcher, type PageResult, paginate, SessionList } from "./paginate.js";
export { noNextPage } from "./single-page.js";
