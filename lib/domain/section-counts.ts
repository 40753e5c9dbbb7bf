// A section as the venue overview shows it without its seats: how many exist, how many are left, its price range.
// Counted from seats in the browser (a room's map has them all) or by the read side for a big venue's overview,
// which then never sends its 5,000 seats to draw five sections. Pure: no I/O.
import type { SeatInfo } from "./seat-selection";

export interface SectionCount {
  total: number;
  available: number;
  minCents: number;
  maxCents: number;
}

/** One section's count with its name: what the overview's first HTML and its live updates carry. */
export interface SectionSummary extends SectionCount {
  name: string;
}

/** Per section name: seats that exist, seats still available, and the price range. */
export function countSections(seats: readonly SeatInfo[]): Map<string, SectionCount> {
  const counts = new Map<string, SectionCount>();
  for (const seat of seats) {
    if (seat.status === "removed") continue;
    const count = counts.get(seat.section);
    const open = seat.status === "available" ? 1 : 0;
    if (!count) counts.set(seat.section, { total: 1, available: open, minCents: seat.priceCents, maxCents: seat.priceCents });
    else {
      count.total += 1;
      count.available += open;
      count.minCents = Math.min(count.minCents, seat.priceCents);
      count.maxCents = Math.max(count.maxCents, seat.priceCents);
    }
  }
  return counts;
}

/** Counts of `sections` replaced by newer ones (the sections a live update names), others kept. */
export function withSectionCounts(
  counts: ReadonlyMap<string, SectionCount>,
  newer: readonly SectionSummary[],
): Map<string, SectionCount> {
  const next = new Map(counts);
  for (const { name, ...count } of newer) {
    if (count.total === 0) next.delete(name);
    else next.set(name, count);
  }
  return next;
}
