const BIDI = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

/**
 * C0 and C1 controls (ESC starts a terminal's or a log viewer's colour and cursor sequences), DEL, the
 * bidirectional controls (Trojan Source), the line and paragraph separators and lone surrogates: what a
 * server's string must not carry into a log or a page as it is. LF and CR are left to each format.
 */
function hidden(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f) ||
    BIDI.has(code) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0xd800 && code <= 0xdfff)
  );
}

/** Each such character as the visible text `\uXXXX`. */
export function showControls(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += hidden(code) ? `\\u${code.toString(16).padStart(4, "0")}` : char;
  }
  return out;
}
