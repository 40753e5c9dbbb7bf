// How money and dates read on every page: one place, so the seat map, checkout and emails agree.
export function formatMoney(cents: number | null | undefined, currency: string): string {
  if (cents === null || cents === undefined) return "—";
  return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(cents / 100);
}

export function formatShowDate(date: Date | string): string {
  return new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" }).format(new Date(date)) + " UTC";
}

export function seatLabel(seat: { section: string; row: string; number: number }): string {
  return `${seat.section}, row ${seat.row}, seat ${seat.number}`;
}
