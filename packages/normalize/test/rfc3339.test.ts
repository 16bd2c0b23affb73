import { createSpecAjv, loadSpec } from "@idp-sessions/specs/validator";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRfc3339, rfc3339ToIso } from "../src/rfc3339.js";

/**
 * The grammar as a regular expression, and its numbers as the mappers read them before parseRfc3339 read
 * character codes: the reference that parseRfc3339 must agree with on every string.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt\s](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:[Zz]|([+-])(\d{2})(?::?(\d{2}))?)$/;
function reference(value: string): number | undefined {
  const m = DATE_TIME.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const sign = m[8] === "-" ? -1 : 1;
  const offsetHours = Number(m[9] ?? 0);
  const offsetMinutes = Number(m[10] ?? 0);
  const leapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const maxDay = month === 2 && leapYear ? 29 : ([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > maxDay || offsetHours > 23 || offsetMinutes > 59) return undefined;
  const utcMinute = minute - sign * offsetMinutes;
  const utcHour = hour - sign * offsetHours - (utcMinute < 0 ? 1 : 0);
  const leapSecond = (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second <= 60;
  if (!(hour <= 23 && minute <= 59 && second <= 59) && !leapSecond) return undefined;
  const ms = m[7] === undefined ? 0 : Number(`${m[7].slice(1, 4)}00`.slice(0, 3));
  const midnight = new Date(0);
  midnight.setUTCFullYear(year, month - 1, day); // Date.UTC would read years 0 to 99 as 1900 to 1999
  const minutes = hour * 60 + minute - sign * (offsetHours * 60 + offsetMinutes);
  return midnight.getTime() + (minutes * 60 + second) * 1000 + ms;
}

// The specs' validator is the reference: the mappers must accept exactly the date-times it accepts.
const isDateTime = createSpecAjv("zitadel", loadSpec("zitadel")).ajv.compile({ type: "string", format: "date-time" });

const two = (min: number, max: number, ...edges: string[]) => {
  const range = fc.integer({ min, max }).map((n) => String(n).padStart(2, "0"));
  return edges.length > 0 ? fc.oneof(range, fc.constantFrom(...edges)) : range;
};
const offset = fc.oneof(
  fc.constantFrom("Z", "z", "", "+", "Zulu"),
  fc
    .tuple(fc.constantFrom("+", "-"), two(0, 29, "00", "01", "23", "24"), fc.constantFrom(":", "", "::"))
    .chain(([sign, h, colon]) =>
      fc
        .option(two(0, 69, "00", "01", "59", "60"))
        .map((m) => (m === null ? `${sign}${h}` : `${sign}${h}${colon}${m}`)),
    ),
);
const fraction = fc.oneof(fc.constant(""), fc.constant("."), fc.stringMatching(/^\.[0-9]{1,12}$/));
/** Strings near the grammar: each part sometimes out of range or malformed, leap seconds and edges often. */
const nearDateTime = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, "0")),
      fc.constantFrom("24", "20245"),
    ),
    two(0, 19, "02", "12", "13"),
    two(0, 39, "28", "29", "30", "31", "32"),
    fc.constantFrom("T", "t", " ", "\t", "\u00a0", "\u2028", "x", "", "TT"),
    two(0, 29, "00", "22", "23", "24"),
    two(0, 69, "00", "58", "59", "60"),
    two(0, 69, "59", "60", "61"),
    fraction,
    offset,
  )
  .map(([y, mo, d, sep, h, mi, s, frac, tz]) => `${y}-${mo}-${d}${sep}${h}:${mi}:${s}${frac}${tz}`);
/** Around leap seconds, where the local time may run over by the offset. */
const nearLeapSecond = fc
  .tuple(
    fc.constantFrom("22", "23", "00", "24"),
    fc.constantFrom("58", "59", "00", "60"),
    fc.constantFrom("59", "60", "61", "60.999"),
    fc.constantFrom("Z", "+01:00", "-01:00", "+00:01", "-00:01", "+0100", "+01", "-23:59"),
  )
  .map(([h, m, sec, tz]) => `2016-12-31T${h}:${m}:${sec}${tz}`);
/** The form Date.parse reads too: upper-case T and Z, offsets with a colon, no leap second. */
const canonical = fc
  .tuple(
    fc.date({ min: new Date("0000-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }),
    fraction.filter((f) => f !== "."),
    fc.oneof(
      fc.constant("Z"),
      fc.tuple(fc.constantFrom("+", "-"), two(0, 23), two(0, 59)).map((t) => t.join("")),
    ),
  )
  .map(
    ([date, frac, tz]) =>
      `${date.toISOString().slice(0, 19)}${frac}${tz.length > 1 ? `${tz.slice(0, 3)}:${tz.slice(3)}` : tz}`,
  );

/** What providers send (`T`/`Z`, any number of fraction digits), sometimes out of range or cut short. */
const providerForm = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, "0")),
    two(0, 13, "02"),
    two(0, 32, "28", "29", "30", "31"),
    fc.constantFrom("T", "t"),
    two(0, 24, "23", "24"),
    two(0, 60, "59", "60"),
    two(0, 61, "59", "60"),
    fc.oneof(fc.constant(""), fc.constant("."), fc.stringMatching(/^\.[0-9]{1,12}$/), fc.constant(".00a")),
    fc.constantFrom("Z", "z", "", "ZZ", "+00:00"),
  )
  .map(([y, mo, d, sep, h, mi, s, frac, tz]) => `${y}-${mo}-${d}${sep}${h}:${mi}:${s}${frac}${tz}`);

describe("parseRfc3339", () => {
  it("accepts exactly what the specs' date-time format accepts", () => {
    fc.assert(
      fc.property(fc.oneof(nearDateTime, nearLeapSecond, fc.string(), fc.string({ unit: "binary" })), (value) => {
        expect(parseRfc3339(value) !== undefined, JSON.stringify(value)).toBe(isDateTime(value));
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees with Date.parse on the forms both read", () => {
    fc.assert(
      fc.property(canonical, (value) => {
        expect(isDateTime(value)).toBe(true);
        expect(parseRfc3339(value)).toBe(Date.parse(value.replace(/(\.\d{3})\d+/, "$1")));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads leap seconds, years before 100 and megabytes of fraction digits", () => {
    expect(parseRfc3339("2016-12-31T23:59:60Z")).toBe(Date.parse("2017-01-01T00:00:00Z"));
    expect(parseRfc3339("2017-01-01T00:59:60+01:00")).toBe(Date.parse("2017-01-01T00:00:00Z"));
    expect(parseRfc3339("2016-12-31T22:59:60Z")).toBeUndefined();
    expect(parseRfc3339("0001-01-01T00:00:00Z")).toBe(Date.parse("0001-01-01T00:00:00Z"));
    expect(parseRfc3339(`2024-05-14T09:12:44.${"9".repeat(1_000_000)}Z`)).toBe(Date.parse("2024-05-14T09:12:44.999Z"));
    expect(parseRfc3339("2023-02-29T00:00:00Z")).toBeUndefined();
    expect(parseRfc3339("2024-02-29T00:00:00Z")).toBe(Date.parse("2024-02-29T00:00:00Z"));
  });

  it("reads every string as the regular expression reads it, to the same value", () => {
    fc.assert(
      fc.property(fc.oneof(providerForm, nearDateTime, nearLeapSecond, canonical, fc.string()), (value) => {
        expect(parseRfc3339(value), JSON.stringify(value)).toBe(reference(value));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("rfc3339ToIso", () => {
  it("is toISOString of the date-time, or undefined", () => {
    fc.assert(
      fc.property(fc.oneof(providerForm, nearDateTime, nearLeapSecond, canonical), (value) => {
        const ms = reference(value);
        expect(rfc3339ToIso(value), value).toBe(ms === undefined ? undefined : new Date(ms).toISOString());
      }),
      { numRuns: 5000 },
    );
  });

  it("returns a value already in that form as it is, and rewrites leap seconds and other forms", () => {
    expect(rfc3339ToIso("2026-10-27T04:00:28.000Z")).toBe("2026-10-27T04:00:28.000Z");
    expect(rfc3339ToIso("2026-10-27T04:00:35.123456789Z")).toBe("2026-10-27T04:00:35.123Z");
    expect(rfc3339ToIso("2026-10-27t04:00:35.1z")).toBe("2026-10-27T04:00:35.100Z");
    expect(rfc3339ToIso("2016-12-31T23:59:60.000Z")).toBe("2017-01-01T00:00:00.000Z");
    expect(rfc3339ToIso("2026-10-27T04:00:28+01:00")).toBe("2026-10-27T03:00:28.000Z");
    expect(rfc3339ToIso("2026-02-29T04:00:28.000Z")).toBeUndefined();
  });
});
