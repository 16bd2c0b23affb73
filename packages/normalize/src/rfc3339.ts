/**
 * RFC 3339 date-times exactly as the spec validator (Ajv's `date-time` format) accepts them: `T`, `t` or
 * whitespace between date and time, any number of fraction digits, `Z`/`z` or an offset with or without
 * its colon, leap seconds. Date.parse is not used: it refuses some of these and accepts much more.
 */

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt\s](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:[Zz]|([+-])(\d{2})(?::?(\d{2}))?)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** Milliseconds since the epoch (fractions past milliseconds cut), or undefined when not a date-time. */
export function parseRfc3339(value: string): number | undefined {
  const m = DATE_TIME.exec(value);
  if (!m) return undefined;
  const n = (group: number) => Number(m[group] ?? 0);
  const [year, month, day, hour, minute, second] = [n(1), n(2), n(3), n(4), n(5), n(6)];
  const fraction = m[7] ?? "";
  const sign = m[8] === "-" ? -1 : 1;
  const [offsetHours, offsetMinutes] = [n(9), n(10)];
  const maxDay = month === 2 && isLeapYear(year) ? 29 : (DAYS[month] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > maxDay) return undefined;
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  const ordinary = hour <= 23 && minute <= 59 && second <= 59;
  if (!ordinary && !isLeapSecond(hour, minute, second, sign * offsetHours, sign * offsetMinutes)) return undefined;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  // A leap second reads as the first instant of the next minute.
  date.setUTCHours(hour, minute, second, Number(`${fraction.slice(1, 4)}00`.slice(0, 3)));
  return date.getTime() - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
}

/** Second 60 of 23:59 UTC (Ajv's rule, which also lets the local hour and minute run over by the offset). */
function isLeapSecond(hour: number, minute: number, second: number, offsetH: number, offsetM: number): boolean {
  const utcMinute = minute - offsetM;
  const utcHour = hour - offsetH - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second <= 60;
}
