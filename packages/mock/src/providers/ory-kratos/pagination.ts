/** Go's strconv.ParseInt(s, 10, 0): undefined for anything it refuses. */
function goInt(value: string | null): number | undefined {
  if (value === null || !/^[+-]?\d+$/.test(value)) return undefined;
  const n = Number(value);
  return Math.abs(n) < 2 ** 63 ? n : undefined;
}

/** ory/x tokenpagination (Kratos v26.2.0 oryx/): base64url, unpadded, of `{"offset":"N","v":2}`. */
const encodeToken = (offset: number) => Buffer.from(`{"offset":"${offset}","v":2}`).toString("base64url");

/** Kratos ignores a token it cannot read (offset 0); gjson reads `offset` as a string or a number. */
function decodeToken(token: string): number {
  if (!/^[A-Za-z0-9_-]*$/.test(token)) return 0;
  try {
    const offset: unknown = (JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as { offset?: unknown })
      ?.offset;
    if (typeof offset === "number") return Number.isSafeInteger(Math.trunc(offset)) ? Math.trunc(offset) : 0;
    return typeof offset === "string" ? (goInt(offset) ?? 0) : 0;
  } catch {
    return 0;
  }
}

/**
 * ory/x migrationpagination.ParsePagination: `page_token`/`page_size` when either is present, else the
 * legacy `page`/`per_page`. Nothing is refused: unreadable values fall back to the defaults (page 0, 250
 * per page) and the page size is clamped to 1..1000.
 */
export function parsePagination(query: URLSearchParams): { page: number; perPage: number } {
  const token = query.has("page_token") || query.has("page_size");
  const perPage = Math.min(1000, Math.max(1, goInt(query.get(token ? "page_size" : "per_page")) ?? 250));
  if (!token) return { page: Math.max(0, goInt(query.get("page")) ?? 0), perPage };
  const offset = decodeToken(query.get("page_token") ?? "");
  return { page: offset > 0 ? Math.trunc(offset / perPage) : 0, perPage };
}

/** Go's url.Values.Encode: keys sorted, QueryEscape (space as `+`, only `A-Za-z0-9-_.~` left as they are). */
function goEncode(query: URLSearchParams): string {
  const queryEscape = (s: string) =>
    encodeURIComponent(s)
      .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
      .replace(/%20/g, "+");
  const keys = [...new Set(query.keys())].sort();
  return keys.flatMap((key) => query.getAll(key).map((value) => `${queryEscape(key)}=${queryEscape(value)}`)).join("&");
}

/**
 * The `Link` header exactly as ory/x pagination.HeaderWithFormatter writes it with migrationpagination's
 * formatter (Kratos v26.2.0 `x.PaginationHeader`): the request URL with `page`, `page_size`, `page_token`
 * and `per_page` set. The first of several pages has no `first`; a single page has only `first` (with
 * `page_size` = the total); the last page has `first` and `prev`; and a listing with no sessions at all
 * has `first`, `next` and `prev` (the `prev` offset negative), so following `next` never stops there.
 */
export function kratosLink(rawPath: string, query: URLSearchParams, total: number, page: number, perPage: number) {
  const link = (rel: string, size: number, offset: number) => {
    const q = new URLSearchParams(query);
    q.set("page_size", String(size));
    q.set("page_token", encodeToken(offset));
    q.set("per_page", String(size));
    q.set("page", String(Math.trunc(offset / size)));
    return `<${rawPath}?${goEncode(q)}>; rel="${rel}"`;
  };
  const offset = page * perPage;
  const lastOffset = total % perPage === 0 ? total - perPage : Math.trunc(total / perPage) * perPage;
  if (offset >= lastOffset) {
    if (total === 0) {
      return [
        link("first", perPage, 0),
        link("next", perPage, offset + perPage),
        link("prev", perPage, offset - perPage),
      ];
    }
    if (total <= perPage) return [link("first", total, 0)];
    return [link("first", perPage, 0), link("prev", perPage, lastOffset - perPage)];
  }
  if (offset < perPage) return [link("next", perPage, perPage), link("last", perPage, lastOffset)];
  return [
    link("first", perPage, 0),
    link("next", perPage, offset + perPage),
    link("prev", perPage, offset - perPage),
    link("last", perPage, lastOffset),
  ];
}
