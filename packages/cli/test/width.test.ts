import { describe, expect, it } from "vitest";
import { cut, displayWidth, pad, wrap } from "../src/text/width.js";

describe("display width", () => {
  it("counts terminal columns: wide characters and emoji take two, combining marks none", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("東京")).toBe(4);
    expect(displayWidth("👩‍💻")).toBe(2);
    expect(displayWidth("e\u0301")).toBe(1);
  });

  it("cuts to a width with an ellipsis, never through a character", () => {
    expect(cut("Chrome 138 on Windows", 30)).toBe("Chrome 138 on Windows");
    expect(cut("Chrome 138 on Windows", 10)).toBe("Chrome 13…");
    expect(cut("東京東京", 5)).toBe("東京…");
    expect(displayWidth(cut("東京東京", 5))).toBeLessThanOrEqual(5);
    expect(cut("👩‍💻👩‍💻👩‍💻", 4)).toBe("👩‍💻…");
    expect(cut("abc", 0)).toBe("");
  });

  it("pads to a width in columns", () => {
    expect(pad("東京", 6)).toBe("東京  ");
    expect(pad("toolong", 3)).toBe("toolong");
  });

  it("wraps prose at word boundaries with the given indents, or not at all without a width", () => {
    expect(wrap("one two three four", 9, "- ", "  ")).toEqual(["- one two", "  three", "  four"]);
    expect(wrap("one two three four", undefined, "- ")).toEqual(["- one two three four"]);
    expect(wrap("unbreakable-word", 8)).toEqual(["unbreak…"]);
  });
});
