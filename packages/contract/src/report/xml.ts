import { showControls } from "./controls.js";

/**
 * Text for an XML 1.0 attribute value or element: the five markup characters as entities; tab, LF and CR
 * as character references (an attribute would otherwise normalize them to spaces); every character XML
 * 1.0 cannot carry (U+FFFE, U+FFFF), and the controls a viewer would act on (showControls), as the text `\uXXXX`, so
 * that a server's string can neither end an element nor make the document unreadable.
 */
export function xmlText(value: string): string {
  let out = "";
  for (const char of showControls(value)) {
    const code = char.codePointAt(0) ?? 0;
    out += ENTITIES[char] ?? (allowed(code) ? char : `\\u${code.toString(16).padStart(4, "0")}`);
  }
  return out;
}

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** XML 1.0's Char production (tab, LF and CR are handled above). */
function allowed(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** An element with attributes (each value escaped) and already-rendered children, or self-closed. */
export function element(name: string, attributes: Record<string, string | number>, children: string[] = []): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${xmlText(String(value))}"`)
    .join("");
  return children.length === 0 ? `<${name}${attrs}/>` : `<${name}${attrs}>${children.join("")}</${name}>`;
}
