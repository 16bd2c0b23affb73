type Result<TItem> = IteratorResult<TItem, void>;

/**
 * The items of a listing's pages, one by one: what `for await (const s of list)` runs. Hand-written rather
 * than an async generator with `yield* page.items`, which costs several promise jobs per item (the yield's
 * own await, then resolving the request); here an item already fetched costs one resolved promise. It
 * behaves as that generator did: calls are served in order (a next() made while a page is being fetched
 * waits for it), the pages are only opened on the first next(), and return() or throw() close them (a
 * `break` ends the page iteration, and with it any request under way).
 */
export class ItemIterator<TItem> implements AsyncGenerator<TItem, void, undefined> {
  readonly #open: () => AsyncIterator<{ readonly items: readonly TItem[] }, void, undefined>;
  #pages: AsyncIterator<{ readonly items: readonly TItem[] }, void, undefined> | undefined;
  #items: readonly TItem[] = [];
  #index = 0;
  #done = false;
  /** The page fetch or closing under way; later calls wait for it. */
  #busy: Promise<unknown> | undefined;

  constructor(open: () => AsyncIterator<{ readonly items: readonly TItem[] }, void, undefined>) {
    this.#open = open;
  }

  next(): Promise<Result<TItem>> {
    if (this.#busy) return this.#after(() => this.next());
    if (this.#index < this.#items.length) {
      return Promise.resolve({ value: this.#items[this.#index++] as TItem, done: false });
    }
    if (this.#done) return Promise.resolve({ value: undefined, done: true });
    this.#pages ??= this.#open();
    const fetched = this.#pages.next().then(
      (page): Promise<Result<TItem>> | Result<TItem> => {
        this.#busy = undefined;
        if (page.done) return this.#finish();
        this.#items = page.value.items;
        this.#index = 0;
        return this.next();
      },
      (error: unknown) => {
        this.#busy = undefined;
        this.#finish();
        throw error;
      },
    );
    this.#busy = fetched;
    return fetched;
  }

  return(): Promise<Result<TItem>> {
    if (this.#busy) return this.#after(() => this.return());
    return this.#close().then(() => this.#finish());
  }

  throw(error: unknown): Promise<Result<TItem>> {
    if (this.#busy) return this.#after(() => this.throw(error));
    return this.#close().then(() => {
      this.#finish();
      throw error;
    });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.return();
  }

  #after(call: () => Promise<Result<TItem>>): Promise<Result<TItem>> {
    return (this.#busy ?? Promise.resolve()).then(call, call);
  }

  #finish(): Result<TItem> {
    this.#done = true;
    this.#items = [];
    return { value: undefined, done: true };
  }

  /** Ends the page iteration (once), unless it already ended. */
  #close(): Promise<unknown> {
    const pages = this.#pages;
    if (this.#done || pages?.return === undefined) return Promise.resolve();
    this.#done = true;
    const closing = pages.return().finally(() => {
      this.#busy = undefined;
    });
    this.#busy = closing;
    return closing;
  }
}
