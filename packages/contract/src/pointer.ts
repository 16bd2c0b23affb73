/** One JSON Pointer segment (RFC 6901): `~` and `/` escaped, in that order. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
