import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isUuid } from "../src/guard.js";
import { normalizeZitadelSession } from "../src/index.js";
import { isoOf } from "../src/iso.js";

const MAX_DATE_MS = 8.64e15;

describe("isoOf", () => {
  it("writes what toISOString writes, for every time Date can hold", () => {
    const near4DigitYears = fc.integer({ min: -62_167_219_300_000, max: 253_402_300_900_000 });
    const anyTime = fc.integer({ min: -MAX_DATE_MS, max: MAX_DATE_MS });
    const edges = fc.constantFrom(
      0,
      -1,
      1,
      -62_167_219_200_000,
      -62_167_219_200_001,
      253_402_300_799_999,
      253_402_300_800_000,
    );
    fc.assert(
      fc.property(
        fc.oneof(near4DigitYears, anyTime, edges, fc.double({ min: -1e13, max: 1e13, noNaN: true })),
        (ms) => {
          expect(isoOf(ms)).toBe(new Date(ms).toISOString());
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("throws Date's RangeError outside its range", () => {
    for (const ms of [Number.NaN, MAX_DATE_MS + 1, Number.POSITIVE_INFINITY])
      expect(() => isoOf(ms)).toThrow(RangeError);
  });
});

describe("isUuid", () => {
  const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
  const hex = fc.constantFrom(..."0123456789abcdefABCDEFgG-:\u0000\u001a\u212a");
  const nearUuid = fc
    .tuple(
      fc.constantFrom(
        "",
        "urn:uuid:",
        "URN:UUID:",
        "uRn:UuId:",
        "urn:uuid",
        "urn\u001auuid\u001a",
        "urn:uuid::",
        "\u212aurn:uuid:",
      ),
      fc.array(hex, { minLength: 30, maxLength: 40 }),
      fc.integer({ min: 0, max: 3 }),
    )
    .map(([prefix, chars, dashes]) => {
      const body = chars.join("");
      // Mostly the right shape, with hyphens where they belong, sometimes not.
      return dashes === 0
        ? `${prefix}${body}`
        : `${prefix}${body.slice(0, 8)}-${body.slice(8, 12)}-${body.slice(12, 16)}-${body.slice(16, 20)}-${body.slice(20, 32)}`;
    });
  it("accepts exactly what the regular expression accepts", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          nearUuid,
          fc.uuid().map((u) => u.toUpperCase()),
          fc.uuid(),
          fc.string(),
        ),
        (value) => {
          expect(isUuid(value), JSON.stringify(value)).toBe(UUID.test(value));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe("ZITADEL metadata decoding", () => {
  const fatal = new TextDecoder("utf-8", { fatal: true });
  /** What the mapper promises: the bytes as UTF-8 text where they are that (a BOM dropped), else as sent. */
  const expected = (bytes: Uint8Array, sent: string) => {
    try {
      return fatal.decode(bytes);
    } catch {
      return sent;
    }
  };
  const binary = (bytes: Uint8Array) => String.fromCharCode(...bytes);
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 40 }),
    fc.uint8Array({ max: 127, maxLength: 40 }),
    fc.string({ unit: "grapheme" }).map((s) => new TextEncoder().encode(s)),
    fc.string().map((s) => new TextEncoder().encode(`\ufeff${s}`)),
  );
  it("decodes base64 to text where it is UTF-8 and keeps anything else as sent", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          bytes.map((b) => [btoa(binary(b)), b] as const),
          fc.string().map((s) => [s, null] as const),
        ),
        ([sent, b]) => {
          const { metadata } = normalizeZitadelSession({ metadata: { key: sent } });
          let want = sent;
          if (b) want = expected(b, sent);
          else {
            try {
              want = expected(
                Uint8Array.from(atob(sent), (c) => c.charCodeAt(0)),
                sent,
              );
            } catch {}
          }
          expect(metadata).toEqual({ key: want });
        },
      ),
      { numRuns: 3000 },
    );
  });
});
