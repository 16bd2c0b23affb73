/**
 * Offset and total (ZITADEL): request `offset`/`limit`, stop once `offset + received >= total`. The offset
 * advances by what was received, not by the limit, so a short page never skips sessions. An empty page
 * ends the listing even when the total (a snapshot) says more exist: sessions were deleted meanwhile.
 */
export function nextOffset(offset: number, received: number, total: number): number | undefined {
  if (received === 0 || offset + received >= total) return undefined;
  return offset + received;
}
