// How money and dates read on every page: one place, so the seat map, checkout and emails agree.
// Building an Intl formatter costs far more than using one (a checkout page formats a dozen values): one per
// currency and per zone, kept.
const moneyFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatMoney(cents: number | null | undefined, currency: string): string {
  if (cents === null || cents === undefined) return "—";
  let format = moneyFormats.get(currency);
  if (!format) moneyFormats.set(currency, (format = new Intl.NumberFormat("en-GB", { style: "currency", currency })));
  return format.format(cents / 100);
}

/**
 * "Sat 19 Dec 2026, 19:30 GMT": a show's time on its venue's clock, with the zone's abbreviation. Built from
 * parts, so the server's and the browser's ICU data give the same text (no hydration mismatch).
 */
export function formatShowDate(date: Date | string, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    });
    dateFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(date));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("year")}, ${part("hour")}:${part("minute")} ${part("timeZoneName")}`;
}

/** "Times are in Europe/London": says which clock a page's times are on. */
export function timeZoneNote(timeZone: string): string {
  return `Times are local to the venue (${timeZone.replaceAll("_", " ")})`;
}

export { seatName as seatLabel, seatNames } from "./domain/seat-names";
