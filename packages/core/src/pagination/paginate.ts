import { type ErrorContext, PaginationError } from "../errors.js";

/** Options every `listSessions` takes. */
export interface ListOptions {
  /** Sessions per request; each provider documents its default and bounds. */
  pageSize?: number | undefined;
  /** Stop after this many pages (not an error: the listing simply ends). */
  maxPages?: number | undefined;
  /** Aborts the request under way and ends the listing with an APIUserAbortError. */
  signal?: AbortSignal | undefined;
}

/** One page as the server sent it. */
export interface Page<TItem> {
  readonly items: readonly TItem[];
  /** 0-based position of the page in this listing. */
  readonly index: number;
  readonly response: Response;
}

/** What a provider's page fetcher returns: the items, and the cursor of the next page when there is one. */
export interface PageResult<TItem, TCursor> {
  items: readonly TItem[];
  next: TCursor | undefined;
  response: Response;
}

export type PageFetcher<TItem, TCursor> = (cursor: TCursor | undefined) => Promise<PageResult<TItem, TCursor>>;

/**
 * Every item of a paginated listing: `for await (const s of list)`, `.pages()` or `.collect({ limit })`.
 * Pages are fetched lazily, one at a time. A cursor the server repeats is a PaginationError, never a loop.
 */
export class SessionList<TItem> implements AsyncIterable<TItem> {
  readonly #pages: () => AsyncGenerator<Page<TItem>, void, undefined>;

  constructor(pages: () => AsyncGenerator<Page<TItem>, void, undefined>) {
    this.#pages = pages;
  }

  pages(): AsyncGenerator<Page<TItem>, void, undefined> {
    return this.#pages();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    for await (const page of this.#pages()) yield* page.items;
  }

  /** Every item in an array; with `limit`, at most that many (and no page is fetched beyond them). */
  async collect(options: { limit?: number } = {}): Promise<TItem[]> {
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const out: TItem[] = [];
    if (limit <= 0) return out;
    for await (const item of this) {
      out.push(item);
      if (out.length >= limit) break;
    }
    return out;
  }
}

export function paginate<TItem, TCursor>(
  context: ErrorContext,
  fetchPage: PageFetcher<TItem, TCursor>,
  options: Pick<ListOptions, "maxPages"> = {},
): SessionList<TItem> {
  return new SessionList(async function* pages() {
    const seen = new Set<string>();
    let cursor: TCursor | undefined;
    for (let index = 0; options.maxPages === undefined || index < options.maxPages; index++) {
      const page = await fetchPage(cursor);
      yield { items: page.items, index, response: page.response };
      if (page.next === undefined) return;
      const key = JSON.stringify(page.next);
      if (seen.has(key)) {
        throw new PaginationError(
          context,
          `the server sent the cursor ${key} a second time; stopped instead of looping`,
        );
      }
      seen.add(key);
      cursor = page.next;
    }
  });
}
