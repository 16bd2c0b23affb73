/** One page with the sessions already yielded taken out. */
export interface DedupedPage<TItem> {
  /** The sessions to yield, in the server's order. */
  readonly items: readonly TItem[];
  /** Every id on this page (skipped ones too): what the next page is compared with. */
  readonly ids: ReadonlySet<string>;
  /** Sessions left out because they were on the previous page or earlier on this one. */
  readonly skipped: number;
}

/** The session's id as a dedupe key; anything but a non-empty string is no id. */
export type IdOf<TItem> = (item: TItem) => unknown;

/**
 * Offset and page-number paging shift while sessions are created, so one session can arrive on two
 * consecutive pages; an audit must count it once. Only the previous page's ids are kept, so memory is
 * bounded by the page size, not the listing. A session without an id cannot be matched: it is yielded,
 * never deduplicated or dropped.
 */
export function dedupePage<TItem>(
  items: readonly TItem[],
  previous: ReadonlySet<string>,
  idOf: IdOf<TItem>,
): DedupedPage<TItem> {
  // The page's own array when nothing is skipped (the usual case): copied only from the first skip on.
  let kept: TItem[] | undefined;
  const ids = new Set<string>();
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as TItem;
    const id = idOf(item);
    if (typeof id !== "string" || id.length === 0) {
      kept?.push(item);
      continue;
    }
    // One lookup for "earlier on this page" and the add together: the set grows only for a new id.
    const before = ids.size;
    ids.add(id);
    if (ids.size === before || previous.has(id)) kept ??= items.slice(0, index);
    else kept?.push(item);
  }
  if (kept === undefined) return { items, ids, skipped: 0 };
  return { items: kept, ids, skipped: items.length - kept.length };
}

/** The default id: a string `id` property, as Auth0, Kratos and ZITADEL sessions have. */
export function defaultIdOf(item: unknown): unknown {
  return typeof item === "object" && item !== null ? (item as { id?: unknown }).id : undefined;
}
