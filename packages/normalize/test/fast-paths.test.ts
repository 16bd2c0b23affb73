import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeZitadelSession } from "../src/index.js";
import { isoOf } from "../src/iso.js";
import { isUuid } from "../src/readers.js";
import { statusAt, statusOf } from "../src/status.js";
import { latest } from "../src/time.js";

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

describe("expiries compared as text", () => {
  // Times across Date's whole range (extended years are 27 characters and compared by Date.parse), near
  // the clock, and equal to it; `now` also NaN (an invalid options.now).
  const time = fc.oneof(
    fc.integer({ min: -MAX_DATE_MS, max: MAX_DATE_MS }),
    fc.integer({ min: 1_700_000_000_000, max: 1_700_000_000_100 }),
    fc.constantFrom(0, -62_167_219_200_001, 253_402_300_800_000),
  );
  const flags = fc.record({ active: fc.option(fc.boolean(), { nil: undefined }), activeUntilTerminated: fc.boolean() });
  /** The status as decided before: every expiry read back with Date.parse, no remembered clock. */
  const uncached = (
    expiries: (number | null)[],
    at: number,
    f: { active?: boolean | undefined; activeUntilTerminated: boolean },
  ) => {
    const present = expiries.filter((e): e is number => e !== null);
    if (present.some((e) => Date.parse(new Date(e).toISOString()) < at)) return "expired";
    if (f.active === false) return "inactive";
    return present.length > 0 || f.active === true || f.activeUntilTerminated ? "active" : "unknown";
  };

  it("decide as milliseconds would, whatever clock the last session was decided at", () => {
    // Sequences, so that the remembered `at` (one value) is sometimes the same and sometimes not.
    const step = fc.tuple(fc.option(time), fc.option(time), fc.oneof(time, fc.constant(Number.NaN)), flags);
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        for (const [expires, idle, at, f] of steps) {
          const asText = (e: number | null) => (e === null ? null : isoOf(e));
          const input = { expiresAt: asText(expires), idleExpiresAt: asText(idle), ...f };
          const want = uncached([expires, idle], at, f);
          expect(statusAt(input, at)).toBe(want);
          expect(statusAt({ ...f, expiresAt: expires, idleExpiresAt: idle }, at)).toBe(want);
          expect(statusOf(input, at)).toBe(want);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("latest picks the latest time", () => {
    fc.assert(
      fc.property(fc.array(fc.option(time)), (times) => {
        const isos = times.map((t) => (t === null ? null : isoOf(t)));
        const present = times.filter((t): t is number => t !== null);
        const want = present.length === 0 ? null : isoOf(Math.max(...present));
        expect(latest(isos)).toBe(want);
      }),
      { numRuns: 2000 },
    );
  });
});
