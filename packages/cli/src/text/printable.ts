/**
 * Every session field is chosen by whoever signed in (a user agent is whatever the client sent), and error
 * messages quote what servers sent, so the table, csv and stderr never write such characters as they are
 * when they could act on a terminal: C0 and C1 controls (ESC starts colour, cursor and clear-screen
 * sequences; CR and LF move the cursor), DEL, the bidirectional controls that reorder what follows
 * (Trojan Source), the line and paragraph separators, and lone surrogates. Each is shown as an escape
 * instead (`\x1b`, `\r`, `\u202e`), so the value stays readable and nothing is hidden. A backslash is
 * doubled (`\\`), so that the four characters `\x1b` typed by an attacker read differently from an
 * escaped ESC.
 */
export function printable(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += char === "\\" ? "\\\\" : unsafe(code) ? escaped(char, code) : char;
  }
  return out;
}

const BIDI = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

function unsafe(code: number): boolean {
  return (
    code < 0x20 || // C0, including ESC, CR, LF and tab
    (code >= 0x7f && code <= 0x9f) || // DEL and C1 (0x9b is a one-byte CSI)
    BIDI.has(code) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0xd800 && code <= 0xdfff) // a surrogate the string iterator could not pair
  );
}

const SHORT: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escaped(char: string, code: number): string {
  const short = SHORT[char];
  if (short) return short;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
