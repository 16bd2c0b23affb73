/**
 * ISO 8601 UTC strings (`YYYY-MM-DDTHH:mm:ss.sssZ`, as Date's toISOString writes them) written without a
 * Date: toISOString costs about 350 ns, more than all the rest of an epoch-time session's mapping. Outside
 * years 0000 to 9999 (extended years) and for fractions of a millisecond, Date does it.
 */

const MIN_MS = -62_167_219_200_000; // 0000-01-01T00:00:00.000Z
const MAX_MS = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z
const DAY_MS = 86_400_000;

/** `new Date(ms).toISOString()` (a RangeError outside Date's range, as there). */
export function isoOf(ms: number): string {
  if (!Number.isInteger(ms) || ms < MIN_MS || ms > MAX_MS) return new Date(ms).toISOString();
  const days = Math.floor(ms / DAY_MS);
  const time = ms - days * DAY_MS;
  // H. Hinnant's civil_from_days, in 32-bit integers (`| 0`) past the division into days.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = (z - era * 146097) | 0;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36524) | 0) - ((doe / 146096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  const day = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = (yoe + era * 400 + (month <= 2 ? 1 : 0)) | 0;
  const milli = time % 1000;
  const seconds = (time / 1000) | 0;
  const second = seconds % 60;
  const minutes = (seconds / 60) | 0;
  const minute = minutes % 60;
  const hour = (minutes / 60) | 0;
  // One flat string from its 24 character codes: a template of 14 parts took 85 ns, this 50.
  return String.fromCharCode(
    48 + ((year / 1000) | 0),
    48 + (((year / 100) | 0) % 10),
    48 + (((year / 10) | 0) % 10),
    48 + (year % 10),
    45,
    48 + ((month / 10) | 0),
    48 + (month % 10),
    45,
    48 + ((day / 10) | 0),
    48 + (day % 10),
    84,
    48 + ((hour / 10) | 0),
    48 + (hour % 10),
    58,
    48 + ((minute / 10) | 0),
    48 + (minute % 10),
    58,
    48 + ((second / 10) | 0),
    48 + (second % 10),
    46,
    48 + ((milli / 100) | 0),
    48 + (((milli / 10) | 0) % 10),
    48 + (milli % 10),
    90,
  );
}
