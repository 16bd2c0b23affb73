/**
 * RFC 3339 date-times exactly as the spec validator (Ajv's `date-time` format) accepts them: `T`, `t` or
 * whitespace between date and time, any number of fraction digits, `Z`/`z` or an offset with or without
 * its colon, leap seconds. Date.parse is not used: it refuses some of these and accepts much more.
 */

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt\s](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:[Zz]|([+-])(\d{2})(?::?(\d{2}))?)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil): no Date object needed. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Milliseconds since the epoch (fractions past milliseconds cut), or undefined when not a date-time. */
export function parseRfc3339(value: string): number | undefined {
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

/** Second 60 of 23:59 UTC (Ajv's rule, which also lets the local hour and minute run over by the offset). */
function isLeapSecond(hour: number, minute: number, second: number, offsetH: number, offsetM: number): boolean {
  const utcMinute = minute - offsetM;
  const utcHour = hour - offsetH - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second <= 60;
}
