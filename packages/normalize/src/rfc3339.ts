/**
 * RFC 3339 date-times exactly as the spec validator (Ajv's `date-time` format) accepts them: `T`, `t` or
 * whitespace between date and time, any number of fraction digits, `Z`/`z` or an offset with or without
 * its colon, leap seconds. Date.parse is not used: it refuses some of these and accepts much more.
 */

import { daysFromCivil, isoOf } from "./iso.js";

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt\s](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:[Zz]|([+-])(\d{2})(?::?(\d{2}))?)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** The number written by `count` ASCII digits at `at`, or -1. */
function digits(value: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = value.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * The form providers send (`2026-10-27T04:00:28.000Z`, Kratos with nanoseconds): `T` or `t`, `Z` or `z`,
 * no leap second, read without the regular expression; undefined for anything else, which the full
 * grammar below then decides. Every string it reads, the regular expression reads to the same value.
 */
function parseUtc(value: string): number | undefined {
  const end = value.length - 1;
  const zone = value.charCodeAt(end);
  const t = value.charCodeAt(10);
  if (end < 19 || (zone !== 90 && zone !== 122) || (t !== 84 && t !== 116)) return undefined;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  if (value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58) return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  if (year < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  const maxDay = month === 2 && isLeapYear(year) ? 29 : (DAYS[month] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > maxDay) return undefined;
  let ms = 0;
  if (end > 19) {
    if (value.charCodeAt(19) !== 46 || end === 20) return undefined;
    for (let i = 20; i < end; i++) {
      const d = value.charCodeAt(i) - 48;
      if (!(d >= 0 && d <= 9)) return undefined;
      if (i < 23) ms += d * (i === 20 ? 100 : i === 21 ? 10 : 1);
    }
  }
  return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + ms;
}

/** Milliseconds since the epoch (fractions past milliseconds cut), or undefined when not a date-time. */
export function parseRfc3339(value: string): number | undefined {
  return parseUtc(value) ?? parseRfc3339Grammar(value);
}

/** parseRfc3339 by the whole grammar (exported for the test that the common form's reader agrees). */
export function parseRfc3339Grammar(value: string): number | undefined {
  const m = DATE_TIME.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  const sign = m[8] === "-" ? -1 : 1;
  const offsetHours = m[9] === undefined ? 0 : Number(m[9]);
  const offsetMinutes = m[10] === undefined ? 0 : Number(m[10]);
  const maxDay = month === 2 && isLeapYear(year) ? 29 : (DAYS[month] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > maxDay) return undefined;
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  const ordinary = hour <= 23 && minute <= 59 && second <= 59;
  if (!ordinary && !isLeapSecond(hour, minute, second, sign * offsetHours, sign * offsetMinutes)) return undefined;
  const fraction = m[7];
  const ms = fraction === undefined ? 0 : Number(`${fraction.slice(1, 4)}00`.slice(0, 3));
  // A leap second (and Ajv's hour 24) runs over into the next minute, as Date would have it.
  const minutes =
    (daysFromCivil(year, month, day) * 24 + hour) * 60 + minute - sign * (offsetHours * 60 + offsetMinutes);
  return minutes * 60_000 + second * 1000 + ms;
}

/**
 * An RFC 3339 date-time as ISO 8601 UTC (`new Date(parseRfc3339(value)).toISOString()`), or undefined when
 * it is not one. A value already in that form (Auth0's, ZITADEL's) is returned as it is.
 */
export function rfc3339ToIso(value: string): string | undefined {
  const ms = parseRfc3339(value);
  if (ms === undefined) return undefined;
  const canonical =
    value.length === 24 &&
    value.charCodeAt(10) === 84 &&
    value.charCodeAt(17) < 54 && // not a leap second (second 60), which runs over into the next minute
    value.charCodeAt(19) === 46 &&
    value.charCodeAt(23) === 90;
  return canonical ? value : isoOf(ms);
}

/** Second 60 of 23:59 UTC (Ajv's rule, which also lets the local hour and minute run over by the offset). */
function isLeapSecond(hour: number, minute: number, second: number, offsetH: number, offsetM: number): boolean {
  const utcMinute = minute - offsetM;
  const utcHour = hour - offsetH - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second <= 60;
}
