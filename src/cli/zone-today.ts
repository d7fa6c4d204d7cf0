import { dayFromParts, todayIn, type Day } from '../domain/calendar.js';

/**
 * Today's calendar date on the wall clock of an IANA time zone (the
 * machine's own when `zone` is undefined), read with Date's local-time
 * getters while TZ names that zone.
 *
 * The same ICU zone rules as `Intl.DateTimeFormat` (domain's `todayIn`),
 * which gives the same date, but without Intl's locale data and date
 * patterns: constructing one formatter costs about a fifth of a whole warm
 * run, while switching TZ costs well under a millisecond (Node tells V8 to
 * re-read the zone when TZ is assigned). TZ is put back as it was, so
 * nothing else in the process sees the switch.
 *
 * A name the zone rules behind TZ do not know (Intl accepts any case, as in
 * `asia/ho_chi_minh`; TZ does not) leaves the clock on UTC, which cannot be
 * told from a zone that really is at UTC+0 at that moment: for an offset of
 * zero the date comes from Intl. Assigning TZ only works on the main thread
 * (a worker's process.env is a copy), so only the real process uses this:
 * see nodeIO. Reads and writes process state: for the CLI's edge only.
 */
export function todayInZone(zone: string | undefined, now: Date): Day {
  // No zone configured: the machine's own, which is what Date's getters read already.
  if (zone === undefined) return localDay(now);
  const saved = process.env.TZ;
  if (zone !== saved) process.env.TZ = zone;
  try {
    return now.getTimezoneOffset() === 0 ? todayIn(zone, now) : localDay(now);
  } finally {
    if (zone !== saved) {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  }
}

function localDay(now: Date): Day {
  return dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
