/**
 * RFC 3339 date-times exactly as the spec validator (Ajv's `date-time` format) accepts them: `T`, `t` or
 * whitespace between date and time, any number of fraction digits, `Z`/`z` or an offset with or without
 * its colon, leap seconds. Date.parse is not used: it refuses some of these and accepts much more.
 */

import { daysFromCivil, isoOf } from "./iso.js";

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt\s](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:[Zz]|([+-])(\d{2})(?::?(\d{2}))?)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** The number written by the two ASCII digits at `at` (within the string), or -1. */
function twoDigits(value: string, at: number): number {
  const tens = value.charCodeAt(at) - 48;
  const ones = value.charCodeAt(at + 1) - 48;
  return tens >>> 0 > 9 || ones >>> 0 > 9 ? -1 : tens * 10 + ones;
}

/**
 * The date and time of the form providers send (`2026-10-27T04:00:28.000Z`, Kratos with nanoseconds):
 * `T` or `t`, `Z` or `z`, no leap second; true when `value` is in it and names a real date and time.
 */
function isUtcForm(value: string): boolean {
  const end = value.length - 1;
  if (end < 19) return false;
  const zone = value.charCodeAt(end);
  const t = value.charCodeAt(10);
  if ((zone !== 90 && zone !== 122) || (t !== 84 && t !== 116)) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  if (value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58) return false;
  const century = twoDigits(value, 0);
  const yy = twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  const hour = twoDigits(value, 11);
  const minute = twoDigits(value, 14);
  const second = twoDigits(value, 17);
  if (century < 0 || yy < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return false;
  if (second < 0 || second > 59 || month < 1 || month > 12 || day < 1) return false;
  if (day > (month === 2 && isLeapYear(century * 100 + yy) ? 29 : (DAYS[month] ?? 0))) return false;
  if (end === 19) return true;
  if (value.charCodeAt(19) !== 46 || end === 20) return false;
  for (let i = 20; i < end; i++) if ((value.charCodeAt(i) - 48) >>> 0 > 9) return false;
  return true;
}

/**
 * Milliseconds of a value in the providers' form, read without the regular expression; undefined for
 * anything else, which the full grammar then decides. The regular expression reads it to the same value.
 */
function parseUtc(value: string): number | undefined {
  if (!isUtcForm(value)) return undefined;
  const year = twoDigits(value, 0) * 100 + twoDigits(value, 2);
  const minutes = (daysFromCivil(year, twoDigits(value, 5), twoDigits(value, 8)) * 24 + twoDigits(value, 11)) * 60;
  let ms = (minutes + twoDigits(value, 14)) * 60_000 + twoDigits(value, 17) * 1000;
  const end = value.length - 1;
  if (end > 20) ms += (value.charCodeAt(20) - 48) * 100;
  if (end > 21) ms += (value.charCodeAt(21) - 48) * 10;
  if (end > 22) ms += value.charCodeAt(22) - 48;
  return ms;
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
  // toISOString's own form (`T`, `Z`, milliseconds) is checked, not computed; more fraction digits (Kratos'
  // nanoseconds) are cut to milliseconds.
  const length = value.length;
  const zulu =
    length >= 24 && value.charCodeAt(10) === 84 && value.charCodeAt(19) === 46 && value.charCodeAt(length - 1) === 90;
  if (zulu && isUtcForm(value)) return length === 24 ? value : `${value.slice(0, 23)}Z`;
  const ms = parseRfc3339(value);
  return ms === undefined ? undefined : isoOf(ms);
}

/** Second 60 of 23:59 UTC (Ajv's rule, which also lets the local hour and minute run over by the offset). */
function isLeapSecond(hour: number, minute: number, second: number, offsetH: number, offsetM: number): boolean {
  const utcMinute = minute - offsetM;
  const utcHour = hour - offsetH - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second <= 60;
}
