// Seat ids and rows from a plan of sections x rows x seats per row: how the seating-plan builder and the
// demo venues both turn a plan into seats. Pure.
import type { SeatSpec } from "./seats";

export interface SectionPlan {
  /** Prefix of the seat ids in this section ("" for a single-section room: seats are "A-12"). */
  code: string;
  name: string;
  rows: string[];
  seatsPerRow: number;
  /** Tier and price per row. */
  tierOf(row: string): { tier: string; priceCents: number };
}

/** Row names A..Z, then AA..AZ. */
export const rowLetters = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => (i < 26 ? String.fromCharCode(65 + i) : `A${String.fromCharCode(65 + i - 26)}`));

export function seatsOf(sections: SectionPlan[]): SeatSpec[] {
  return sections.flatMap((section) =>
    section.rows.flatMap((row) =>
      Array.from({ length: section.seatsPerRow }, (_, i) => ({
        seatId: `${section.code ? `${section.code}-` : ""}${row}-${i + 1}`,
        section: section.name,
        row,
        number: i + 1,
        ...section.tierOf(row),
      })),
    ),
  );
}
