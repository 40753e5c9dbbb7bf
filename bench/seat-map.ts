// Seat maps of any size for the benchmark, built with the seating plans' seatsOf: sections of 40 rows x 50
// seats, as many as needed, so seat ids look like the app's ("S3-AB-17").
import type { SeatSpec } from "../lib/domain/seats";
import { rowLetters, seatsOf, type SectionPlan } from "../lib/domain/seating-plan";

const ROWS_PER_SECTION = 40;
const SEATS_PER_ROW = 50;
export const SEATS_PER_SECTION = ROWS_PER_SECTION * SEATS_PER_ROW;

/** At least `count` seats, rounded up to whole rows. */
export function bigSeatMap(count: number): SeatSpec[] {
  let rowsLeft = Math.ceil(count / SEATS_PER_ROW);
  const sections: SectionPlan[] = [];
  while (rowsLeft > 0) {
    const rows = rowLetters(Math.min(ROWS_PER_SECTION, rowsLeft));
    rowsLeft -= rows.length;
    const number = sections.length + 1;
    sections.push({
      code: `S${number}`,
      name: `Section ${number}`,
      rows,
      seatsPerRow: SEATS_PER_ROW,
      // Front half of each section costs more, so bookings carry two prices.
      tierOf: (row) => (rows.indexOf(row) < rows.length / 2 ? { tier: "Front", priceCents: 6500 } : { tier: "Back", priceCents: 4000 }),
    });
  }
  return seatsOf(sections);
}

/** The map split per section, in map order (one SeatsAdded each in the replay log). */
export function bySection(seats: SeatSpec[]): SeatSpec[][] {
  const sections = new Map<string, SeatSpec[]>();
  for (const seat of seats) {
    const section = sections.get(seat.section);
    if (section) section.push(seat);
    else sections.set(seat.section, [seat]);
  }
  return [...sections.values()];
}
