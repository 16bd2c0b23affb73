import { type ErrorContext, PaginationError } from "@idp-sessions/core";

/**
 * Kratos v26.2.0 passes its 0-based page index to pop's 1-based `Paginate`, so pages 0 and 1 are both read
 * at offset 0 (ory/kratos#3883): the page that the first `rel="next"` names repeats the first page, and
 * the last page is never served. Followed as linked, a two-page listing would end one page short without
 * a word. This spots that repeat and says how to recover: one page of `maxPageSize` holds everything when
 * `X-Total-Count` (always sent) fits in it; otherwise the listing stops instead of leaving sessions out.
 */
export class RepeatedFirstPage {
  #firstIds: ReadonlySet<unknown> | undefined;
  #recovered = false;

  constructor(
    private readonly context: ErrorContext,
    readonly maxPageSize: number,
  ) {}

  /** Remembers the first page's session ids. */
  first(ids: readonly unknown[]): void {
    this.#firstIds = new Set(ids);
  }

  /**
   * For a later page: false when it is not the repeat; true when it is and one page of `maxPageSize`
   * fetched from the start lists every session (then called no more). Throws when it cannot.
   */
  recover(ids: readonly unknown[], response: Response): boolean {
    const first = this.#firstIds;
    if (!first || ids.length === 0 || !ids.every((id) => first.has(id))) return false;
    const total = Number(response.headers.get("x-total-count") ?? Number.NaN);
    const fits = Number.isSafeInteger(total) && total >= 0 && total <= this.maxPageSize;
    if (this.#recovered || !fits) {
      const count = Number.isSafeInteger(total) ? `its ${total} sessions do` : "its sessions may";
      throw new PaginationError(
        this.context,
        `the page Kratos linked as next repeated the first page (Kratos reads page 0 and page 1 at the same offset, ory/kratos#3883), and ${count} not fit in one page of at most ${this.maxPageSize}; stopped instead of leaving sessions out`,
      );
    }
    this.#recovered = true;
    return true;
  }
}
