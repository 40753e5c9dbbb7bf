// A show starts at an instant (UTC) in a venue with an IANA time zone: people read and staff type the
// venue's wall-clock time. Pure: Intl's time-zone data, no clock.

/** True for an IANA zone name this runtime knows ("Europe/London", "UTC"). */
export function isTimeZone(name: string): boolean {
  if (!name || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClockAt(instant: number, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** The zone's offset from UTC at that instant, in milliseconds (BST: +3,600,000). */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClockAt(instant, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - (instant - (((instant % 1000) + 1000) % 1000));
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * "2026-06-08T19:30" on the venue's clock → the UTC instant (ISO), or null when it is not a time.
 * In the hour skipped when clocks go forward the earlier offset is used; in the repeated hour, the first.
 */
export function venueTimeToUtc(local: string, timeZone: string): string | null {
  const m = LOCAL.exec(local);
  if (!m || !isTimeZone(timeZone)) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // The offsets a day either side cover any clock change: keep the candidates that read back as typed.
  const DAY = 86_400_000;
  const candidates = [offsetAt(asUtc - DAY, timeZone), offsetAt(asUtc + DAY, timeZone)].map((offset) => asUtc - offset);
  const matching = candidates.filter((instant) => instant + offsetAt(instant, timeZone) === asUtc);
  return new Date(matching.length > 0 ? Math.min(...matching) : (candidates[0] as number)).toISOString();
}

/** The UTC instant on the venue's clock, as a datetime-local value ("2026-06-08T19:30"). */
export function utcToVenueTime(iso: string | Date, timeZone: string): string {
  const w = wallClockAt(new Date(iso).getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}
