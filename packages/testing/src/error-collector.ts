import { afterAll, expect } from "vitest";
import { renderings } from "./secrets.js";

/** Every credential in the test suites contains this marker, so that it can be found in any text. */
export const SECRET_MARKER = "TESTSECRET";

/**
 * Records every error of `base` (or a subclass) constructed while this test file runs, and after the file
 * fails when any rendering of any of them (message, stack, toString, toJSON, inspect with causes) contains
 * a test credential. It traps the `this.name = new.target.name` assignment that IdpSessionsError's
 * constructor makes, so no production code knows about it.
 */
export function collectErrors(base: abstract new (...args: never[]) => Error): Error[] {
  const collected: Error[] = [];
  Object.defineProperty(base.prototype, "name", {
    configurable: true,
    set(this: Error, value: string) {
      Object.defineProperty(this, "name", { value, writable: true, configurable: true, enumerable: false });
      collected.push(this);
    },
    get() {
      return base.name;
    },
  });
  afterAll(() => {
    const leaks = collected.flatMap((error) =>
      renderings(error)
        .filter((text) => text.includes(SECRET_MARKER))
        .map((text) => `${error.name}: ${text.slice(0, 300)}`),
    );
    expect(leaks, `${collected.length} errors were scanned`).toEqual([]);
  });
  return collected;
}
