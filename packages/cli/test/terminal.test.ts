import { describe, expect, it } from "vitest";
import { outputWidth } from "../src/terminal.js";
import { fakeIo } from "./helpers/fake-io.js";

describe("the width a table may take", () => {
  it("is the terminal's width when stdout is one", () => {
    expect(outputWidth(fakeIo({ columns: 97 }).io)).toBe(97);
  });

  it("is COLUMNS when set, on a terminal or a pipe", () => {
    expect(outputWidth(fakeIo({ columns: 97, env: { COLUMNS: "80" } }).io)).toBe(80);
    expect(outputWidth(fakeIo({ env: { COLUMNS: "120" } }).io)).toBe(120);
  });

  it("has no limit on a pipe without COLUMNS, or when COLUMNS is not a positive number", () => {
    expect(outputWidth(fakeIo().io)).toBeUndefined();
    for (const COLUMNS of ["", "0", "wide", "-5", "80px"])
      expect(outputWidth(fakeIo({ env: { COLUMNS } }).io)).toBeUndefined();
    expect(outputWidth(fakeIo({ columns: 0 }).io)).toBeUndefined();
  });
});
