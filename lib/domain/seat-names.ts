// Seats as people read them: "Row F, seat 2", and "East, Row F, seat 2" where a venue has several
// sections. Seat ids ("E-F-2") stay the machine key; these are the words every message uses.

export interface SeatPlace {
  seatId: string;
  section: string;
  row: string;
  number: number;
}

/**
 * A plan of one section gives seats ids without a section code ("F-2", see seating-plan.ts); a seat whose
 * id carries one sits in a venue of several sections, so its section is named.
 */
const sectionNamed = (seat: SeatPlace) => seat.seatId !== `${seat.row}-${seat.number}` && seat.section.trim() !== "";

const and = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

/** "Row F, seat 2" or "East, Row F, seat 2". */
export function seatName(seat: SeatPlace): string {
  return `${sectionNamed(seat) ? `${seat.section}, ` : ""}Row ${seat.row}, seat ${seat.number}`;
}

/** Several seats, grouped by row in the order given: "Row F, seats 2 and 3; Row G, seat 1". */
export function seatNames(seats: readonly SeatPlace[]): string {
  const rows = new Map<string, { prefix: string; numbers: number[] }>();
  for (const seat of seats) {
    const prefix = `${sectionNamed(seat) ? `${seat.section}, ` : ""}Row ${seat.row}`;
    const row = rows.get(prefix) ?? { prefix, numbers: [] };
    row.numbers.push(seat.number);
    rows.set(prefix, row);
  }
  return [...rows.values()]
    .map(({ prefix, numbers }) => `${prefix}, ${numbers.length === 1 ? "seat" : "seats"} ${and(numbers.map(String))}`)
    .join("; ");
}

/** A seat known only by its id ("C-12", "FL-C-12"): its row and number, or the id when it has another shape. */
export function seatNameFromId(seatId: string): string {
  const parts = seatId.split("-");
  const number = parts.at(-1);
  const row = parts.at(-2);
  return row && number && /^\d+$/.test(number) ? `Row ${row}, seat ${number}` : seatId;
}
