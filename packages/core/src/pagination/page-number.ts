/**
 * Page number with header metadata (MonoCloud): pages are 1-based, and the `x-pagination` header's JSON
 * says whether another page exists (`has_next`).
 */

/** The next page number, or undefined when `has_next` is false. */
export function nextPageNumber(current: number, hasNext: boolean): number | undefined {
  return hasNext ? current + 1 : undefined;
}
