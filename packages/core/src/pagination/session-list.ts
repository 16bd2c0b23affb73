import { itemIterator } from "./item-iterator.js";

/** One page as yielded to the caller. */
export interface Page<TItem> {
  /** The page's sessions, less those already yielded (see `skippedDuplicates`). */
  readonly items: readonly TItem[];
  /** 0-based position of the page in this listing. */
  readonly index: number;
  readonly response: Response;
  /**
   * Sessions the server sent on this page that were left out because the previous page (or this page,
   * earlier) already had a session with the same id: paging that shifts while sessions are created.
   */
  readonly skippedDuplicates: number;
}

type PageSource<TItem> = () => AsyncGenerator<Page<TItem>, void, undefined>;

/**
 * Every item of a paginated listing: `for await (const s of list)`, `.pages()` or `.collect({ limit })`.
 * Pages are fetched lazily, one at a time, anew for each iteration.
 */
export class SessionList<TItem> implements AsyncIterable<TItem> {
  readonly #pages: PageSource<TItem>;
  #iteration = 0;
  #skipped = 0;

  constructor(pages: PageSource<TItem>) {
    this.#pages = pages;
  }

  /**
   * Duplicates skipped so far by the latest iteration (`for await`, `.pages()` or `.collect()`), the sum
   * of its pages' `skippedDuplicates`; 0 before any. Each new iteration starts it again at 0.
   */
  get skippedDuplicates(): number {
    return this.#skipped;
  }

  pages(): AsyncGenerator<Page<TItem>, void, undefined> {
    return this.#counted();
  }

  async *#counted(): AsyncGenerator<Page<TItem>, void, undefined> {
    const iteration = ++this.#iteration;
    this.#skipped = 0;
    for await (const page of this.#pages()) {
      if (iteration === this.#iteration) this.#skipped += page.skippedDuplicates;
      yield page;
    }
  }

  [Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    return itemIterator(() => this.pages());
  }

  /** Every item in an array; with `limit`, at most that many (and no page is fetched beyond them). */
  async collect(options: { limit?: number } = {}): Promise<TItem[]> {
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const out: TItem[] = [];
    if (limit <= 0) return out;
    // Page by page: no promise job per item, as `for await` over the items would take.
    for await (const page of this.pages()) {
      for (const item of page.items) {
        out.push(item);
        if (out.length >= limit) return out;
      }
    }
    return out;
  }
}
