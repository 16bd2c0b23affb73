type Result<TItem> = IteratorResult<TItem, void>;
type Pages<TItem> = AsyncIterator<{ readonly items: readonly TItem[] }, void, undefined>;

/**
 * The items of a listing's pages, one by one: what `for await (const s of list)` runs. Hand-written rather
 * than an async generator with `yield* page.items`, which costs several promise jobs per item (the yield's
 * own await, then resolving the request); here an item already fetched costs one resolved promise. It
 * behaves as that generator did: calls are served in order (one made while a page is being fetched waits
 * for it), the pages are opened on the first next(), and return() or throw() close them (a `break` ends
 * the page iteration, and with it any request under way).
 */
export function itemIterator<TItem>(open: () => Pages<TItem>): AsyncGenerator<TItem, void, undefined> {
  let pages: Pages<TItem> | undefined;
  let items: readonly TItem[] = [];
  let index = 0;
  let done = false;
  // The page fetch or closing under way; later calls wait for it.
  let busy: Promise<unknown> | undefined;
  const settled = () => {
    busy = undefined;
  };
  const end = (): Result<TItem> => {
    done = true;
    items = [];
    return { value: undefined, done: true };
  };
  const after = (call: () => Promise<Result<TItem>>) => (busy as Promise<unknown>).then(call, call);
  // Ends the page iteration (once), unless it already ended.
  const close = (): Promise<unknown> => {
    if (done || pages?.return === undefined) return Promise.resolve();
    done = true;
    busy = pages.return().finally(settled);
    return busy;
  };
  const self: AsyncGenerator<TItem, void, undefined> = {
    next() {
      if (busy) return after(() => self.next());
      if (index < items.length) return Promise.resolve({ value: items[index++] as TItem, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      pages ??= open();
      const fetched = pages.next().then(
        (page): Result<TItem> | Promise<Result<TItem>> => {
          settled();
          if (page.done) return end();
          items = page.value.items;
          index = 0;
          return self.next();
        },
        (error: unknown) => {
          settled();
          end();
          throw error;
        },
      );
      busy = fetched;
      return fetched;
    },
    return() {
      return busy ? after(() => self.return()) : close().then(end);
    },
    throw(error: unknown) {
      if (busy) return after(() => self.throw(error));
      return close().then(() => {
        end();
        throw error;
      });
    },
    [Symbol.asyncIterator]: () => self,
  };
  return self;
}
