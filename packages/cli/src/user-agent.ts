import { BROWSER_MAP, parse } from "bowser";

/*
 * The parser is bowser (MIT, no dependencies, its own types and ES module, released regularly). Evaluated
 * and not taken: ua-parser-js 2.x is AGPL-3.0, which an MIT package cannot ship; ua-parser-js 1.x (MIT)
 * gets security fixes only, has no types of its own and no crawler detection; my-ua-parser (an MIT fork
 * of 1.x) has not been released since 2024 and reads `python-requests/2.32` as a Facebook Quest headset;
 * detect-browser (MIT) is unmaintained since 2021 and reports `ios` as the browser; device-detector-js is
 * LGPL-3.0.
 */

/** The names bowser knows; any other name is its catch-all guess at `name/version`, which PRODUCT does better. */
const KNOWN = new Set<string>(Object.values(BROWSER_MAP));

/** Real user agents are a few hundred characters; longer ones are not worth handing to a parser. */
const PARSE_LIMIT = 1024;

/**
 * RFC 9110 §10.1.5: `User-Agent = product *( RWS ( product / comment ) )`, `product = token ["/" version]`.
 * Browser parsers skip programs that send only a product (`curl/8.5.0`, `okhttp/4.12.0`); this grammar,
 * not a list of programs, names them. `Mozilla/` is the browsers' compatibility token, not a product name.
 */
const PRODUCT = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\/([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?:\s|$)/;

/**
 * A user agent as a person reads it: `Chrome 138 on Windows`, `Safari 17 on iOS`, `curl 8.5`, or the
 * string as sent when nothing recognises it. Empty for none. The result is not yet safe for a terminal
 * (names can come from the string itself): the table escapes every cell.
 */
export function readableUserAgent(userAgent: string | null): string {
  const text = userAgent?.trim() ?? "";
  if (text === "") return "";
  if (text.length <= PARSE_LIMIT) {
    const { browser, os, platform } = parse(text);
    if (browser.name && KNOWN.has(browser.name) && (browser.version || os.name)) {
      // Crawlers, like programs, are known by major.minor (Googlebot 2.1).
      const version = platform.type === "bot" ? majorMinor(browser.version ?? "") : major(browser.version ?? "");
      const name = version ? `${browser.name} ${version}` : browser.name;
      return os.name ? `${name} on ${os.name}` : name;
    }
  }
  const product = PRODUCT.exec(text);
  if (product?.[1] && product[2] && product[1] !== "Mozilla") return `${product[1]} ${majorMinor(product[2])}`;
  return text;
}

/** Browsers are known by their major version (Chrome 138); programs by major.minor (curl 8.5). */
function major(version: string): string {
  return version.split(".")[0] ?? version;
}

function majorMinor(version: string): string {
  return version.split(".").slice(0, 2).join(".");
}
