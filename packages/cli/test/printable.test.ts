import { describe, expect, it } from "vitest";
import { printable } from "../src/text/printable.js";

const BIDI = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];

/** Whether `text` holds anything a terminal would act on rather than print. */
function unsafe(text: string): boolean {
  return [...text].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      BIDI.includes(code) ||
      code === 0x2028 ||
      code === 0x2029 ||
      (code >= 0xd800 && code <= 0xdfff)
    );
  });
}

describe("printable", () => {
  it.each([
    ["ESC sequences", "\u001b[2J\u001b[31mred", "\\x1b[2J\\x1b[31mred"],
    ["CR and LF", "a\rb\nc\td", "a\\rb\\nc\\td"],
    ["DEL and C1 (a one-byte CSI)", "a\u007fb\u009b2Jc\u0085", "a\\x7fb\\x9b2Jc\\x85"],
    ["NUL and BEL", "a\u0000b\u0007", "a\\x00b\\x07"],
    ["bidi overrides and isolates", "user\u202etxt.exe\u2066x\u2069", "user\\u202etxt.exe\\u2066x\\u2069"],
    ["line and paragraph separators", "a\u2028b\u2029", "a\\u2028b\\u2029"],
    ["a lone surrogate", "a\ud800b", "a\\ud800b"],
  ])("escapes %s", (_name, input, expected) => {
    expect(printable(input)).toBe(expected);
    expect(unsafe(input)).toBe(true);
    expect(unsafe(printable(input))).toBe(false);
  });

  it.each([
    ["ASCII", "Mozilla/5.0 (X11; Linux x86_64)"],
    ["accents and CJK", "São Paulo 東京"],
    ["emoji, with zero-width joiners kept", "👩‍💻 🇩🇪"],
  ])("keeps %s as they are", (_name, text) => {
    expect(printable(text)).toBe(text);
  });

  it("doubles backslashes, so that a typed \\x1b reads differently from an escaped ESC", () => {
    expect(printable("C:\\Users\\ada")).toBe("C:\\\\Users\\\\ada");
    expect(printable("\\x1b[2J")).toBe("\\\\x1b[2J");
    expect(printable("\u001b[2J")).toBe("\\x1b[2J");
  });

  it("escapes every C0, C1 and bidi control, whatever surrounds it", () => {
    const controls = [
      ...Array.from({ length: 0x20 }, (_, i) => i),
      ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
      ...BIDI,
    ].map((code) => String.fromCodePoint(code));
    expect(unsafe(printable(`x${controls.join("x")}x`))).toBe(false);
  });
});
