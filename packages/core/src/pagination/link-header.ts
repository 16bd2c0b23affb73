/**
 * RFC 8288 `Link` header pagination (Ory Kratos). A linear scanner, not a regex, so a hostile header costs
 * time proportional to its length, and the length itself is bounded.
 */

export const MAX_LINK_HEADER_LENGTH = 65_536;

export interface LinkEntry {
  url: string;
  rels: string[];
}

/** Parses `<url>; rel="next", <url>; rel="last"`. Malformed entries are skipped; over-long headers yield []. */
export function parseLinkHeader(header: string | null): LinkEntry[] {
  if (!header || header.length > MAX_LINK_HEADER_LENGTH) return [];
  const entries: LinkEntry[] = [];
  let i = 0;
  while (i < header.length) {
    const open = header.indexOf("<", i);
    if (open === -1) break;
    const close = header.indexOf(">", open + 1);
    if (close === -1) break;
    const url = header.slice(open + 1, close).trim();
    const nextOpen = header.indexOf("<", close + 1);
    const params = header.slice(close + 1, nextOpen === -1 ? header.length : nextOpen);
    entries.push({ url, rels: relsOf(params) });
    i = nextOpen === -1 ? header.length : nextOpen;
  }
  return entries;
}

function relsOf(params: string): string[] {
  for (const param of params.split(";")) {
    const eq = param.indexOf("=");
    if (eq === -1 || param.slice(0, eq).trim().toLowerCase() !== "rel") continue;
    const value = param
      .slice(eq + 1)
      .trim()
      .replace(/,$/, "")
      .replace(/^"|"$/g, "");
    return value.toLowerCase().split(/\s+/).filter(Boolean);
  }
  return [];
}

/** The URL of the `rel="next"` link, or undefined on the last page. */
export function nextLinkUrl(header: string | null): string | undefined {
  return parseLinkHeader(header).find((entry) => entry.rels.includes("next"))?.url;
}

/** The value of `param` in the `rel="next"` URL (treated as opaque), or undefined on the last page. */
export function nextLinkParam(header: string | null, param: string): string | null | undefined {
  const url = nextLinkUrl(header);
  if (url === undefined) return undefined;
  try {
    return new URL(url, "http://link.invalid").searchParams.get(param);
  } catch {
    return null;
  }
}
