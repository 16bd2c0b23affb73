import { type ErrorContext, PaginationError } from "../errors.js";
import { dedupePage, defaultIdOf, type IdOf } from "./dedupe.js";
import { checkMaxPages, type ListOptions } from "./list-options.js";
import { withPageSignal } from "./page-signal.js";
import { type Page, SessionList } from "./session-list.js";

/** The longest cursor (as JSON) a listing follows. */
export const MAX_CURSOR_LENGTH = 8192;

/** What a provider's page fetcher returns: the items, and the cursor of the next page when there is one. */
export interface PageResult<TItem, TCursor> {
  items: readonly TItem[];
  next: TCursor | undefined;
  response: Response;
}

/** Fetches one page; `signal` is this page's own (see withPageSignal), if any: pass it to the request. */
export type PageFetcher<TItem, TCursor> = (
  cursor: TCursor | undefined,
  signal: AbortSignal | undefined,
) => Promise<PageResult<TItem, TCursor>>;

export interface PaginateOptions<TItem> extends ListOptions {
  /** The session's id, for deduplication (default: its `id` property); non-strings count as no id. */
  idOf?: IdOf<TItem> | undefined;
}

/**
 * The listing of a provider's pages, defended against a server that never stops saying "there is more":
 * a page with no items ends it whatever the server says; a page bringing no session that was not on the
 * page before, a cursor sent twice, or `maxPages` reached while more follow is a PaginationError.
 * `maxPages` is checked here, before any request.
 */
export function paginate<TItem, TCursor>(
  context: ErrorContext,
  fetchPage: PageFetcher<TItem, TCursor>,
  options: PaginateOptions<TItem> = {},
): SessionList<TItem> {
  const maxPages = checkMaxPages(context, options.maxPages);
  const idOf = options.idOf ?? defaultIdOf;
  const { signal } = options;
  return new SessionList(async function* pages(): AsyncGenerator<Page<TItem>, void, undefined> {
    const cursors = new Set<string>();
    let previous: ReadonlySet<string> = new Set();
    let cursor: TCursor | undefined;
    for (let index = 0; ; index++) {
      if (index === maxPages) {
        throw new PaginationError(
          context,
          `the server still had more pages after maxPages (${maxPages}); stopped instead of returning a partial listing (raise maxPages to list them all, or use collect({ limit }) to take only some)`,
        );
      }
      const page = await withPageSignal(signal, (pageSignal) => fetchPage(cursor, pageSignal));
      const { items, ids, skipped } = dedupePage(page.items, previous, idOf);
      // An empty page is the end even when the server says more follow (Kratos links rel="next" from an
      // empty listing; a hostile server hands out fresh cursors forever).
      const more = page.next !== undefined && page.items.length > 0;
      if (more && items.length === 0) {
        throw new PaginationError(
          context,
          `page ${index + 1} brought no session that was not on the page before, yet the server says more follow; stopped instead of looping`,
        );
      }
      yield { items, index, response: page.response, skippedDuplicates: skipped };
      if (!more) return;
      const key = JSON.stringify(page.next);
      // Every cursor is kept to spot a repeat, and goes into the next URL: a hostile server could send
      // megabytes each page. No provider's real cursor comes near this.
      if (key.length > MAX_CURSOR_LENGTH) {
        throw new PaginationError(
          context,
          `the server's cursor for page ${index + 2} is ${key.length} characters long (more than ${MAX_CURSOR_LENGTH}); stopped`,
        );
      }
      if (cursors.has(key)) {
        throw new PaginationError(
          context,
          `the server sent ${quoteCursor(key)} a second time; stopped instead of looping`,
        );
      }
      cursors.add(key);
      previous = ids;
      cursor = page.next;
    }
  });
}

/**
 * A cursor is quoted whole or not at all: errors are redacted of the client's credentials by their
 * context, and a cut-off credential that a server echoed into a cursor would no longer be recognised.
 */
function quoteCursor(key: string): string {
  return key.length <= 200 ? `the cursor ${key}` : `the same cursor (${key.length} characters)`;
}
