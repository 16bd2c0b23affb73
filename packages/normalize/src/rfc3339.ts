/**
 * RFC 3339 date-times exactly as the spec validator (Ajv's `date-time` format) accepts them: `T`, `t` or
 * whitespace between date and time, any number of fraction digits, `Z`/`z` or an offset with or without
 * its colon, leap seconds. Date.parse is not used: it refuses some of these and accepts much more. The
 * grammar is one regular expression tested without captures, and the numbers are read by character codes
 * at their fixed positions: captures and their Number conversions cost more than the rest of a session's
 * mapping (test/rfc3339.test.ts holds the capturing reader this one agrees with).
 */

const DATE_TIME = /^\d{4}-\d\d-\d\d[Tt\s]\d\d:\d\d:\d\d(?:\.\d+)?(?:[Zz]|[+-]\d\d(?::?\d\d)?)$/;

const FRACTION = /\.(\d{1,3})/;
const twoDigits = (value: string, at: number) => (value.charCodeAt(at) - 48) * 10 + value.charCodeAt(at + 1) - 48;

/** 400 years of the Gregorian calendar repeat exactly: Date.UTC reads years 0 to 99 as 1900 to 1999. */
const FOUR_CENTURIES_MS = 146_097 * 86_400_000;

/** Milliseconds since the epoch (fractions past milliseconds cut), or undefined when not a date-time. */
export function parseRfc3339(value: string): number | undefined {
  return read(value, false);
}

/**
 * An RFC 3339 date-time as ISO 8601 UTC (`new Date(parseRfc3339(value)).toISOString()`), or undefined when
 * it is not one. A value already in that form (Auth0's, ZITADEL's) is only checked and returned as it is,
 * more fraction digits (Kratos' nanoseconds) cut to milliseconds; only other forms take a Date.
 */
export function rfc3339ToIso(value: string): string | undefined {
  const length = value.length;
  const zulu =
    length >= 24 &&
    value.charCodeAt(10) === 84 &&
    value.charCodeAt(17) < 54 && // not second 60, which runs over into the next minute
    value.charCodeAt(19) === 46 &&
    value.charCodeAt(length - 1) === 90;
  if (zulu) return read(value, true) === undefined ? undefined : length === 24 ? value : `${value.slice(0, 23)}Z`;
  const ms = read(value, false);
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

/** The date-time's milliseconds, or undefined; with `checkOnly`, 0 for any valid one (nothing computed). */
function read(value: string, checkOnly: boolean): number | undefined {
  if (!DATE_TIME.test(value)) return undefined;
  const year = twoDigits(value, 0) * 100 + twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  const hour = twoDigits(value, 11);
  const minute = twoDigits(value, 14);
  const second = twoDigits(value, 17);
  // Z or z, else ±HH, ±HHMM or ±HH:MM: the sign is the last + or - (the date's hyphens come before it).
  const length = value.length;
  const zone = value.charCodeAt(length - 1);
  const signAt = zone === 90 || zone === 122 ? -1 : Math.max(value.lastIndexOf("+"), value.lastIndexOf("-"));
  const sign = signAt >= 0 && value.charCodeAt(signAt) === 45 ? -1 : 1;
  const offsetHours = signAt < 0 ? 0 : twoDigits(value, signAt + 1);
  const offsetMinutes = signAt >= 0 && length - signAt > 3 ? twoDigits(value, length - 2) : 0;
  // 31 days in January, March, May, July, August, October and December, 30 in the others but February.
  const leapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const maxDay = month === 2 ? (leapYear ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);
  if (month < 1 || month > 12 || day < 1 || day > maxDay) return undefined;
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  const ordinary = hour <= 23 && minute <= 59 && second <= 59;
  if (!ordinary && !isLeapSecond(hour, minute, second, sign * offsetHours, sign * offsetMinutes)) return undefined;
  if (checkOnly) return 0;
  // The fraction's first three digits are the milliseconds.
  const ms = value.charCodeAt(19) === 46 ? Number(`${FRACTION.exec(value)?.[1]}00`.slice(0, 3)) : 0;
  // A leap second (and Ajv's hour 24) runs over into the next minute, as Date would have it.
  const minutes = minute - sign * (offsetHours * 60 + offsetMinutes);
  return Date.UTC(year + 400, month - 1, day, hour, minutes, second, ms) - FOUR_CENTURIES_MS;
}

/** Second 60 of 23:59 UTC (Ajv's rule, which also lets the local hour and minute run over by the offset). */
function isLeapSecond(hour: number, minute: number, second: number, offsetH: number, offsetM: number): boolean {
  const utcMinute = minute - offsetM;
  const utcHour = hour - offsetH - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second <= 60;
}
