/**
 * Body cursor (Auth0): the body's `next` is passed back as `from`. Auth0 ends a listing with a `next` that
 * is missing, null or empty, so only a non-empty string continues it.
 */
export function nextBodyCursor(next: string | null | undefined): string | undefined {
  return typeof next === "string" && next.length > 0 ? next : undefined;
}
