// Seating plans for the demo venues, built from sections x rows x seats with price tiers.
import type { SeatSpec } from "../domain/seats";
import { rowLetters, seatsOf, type SectionPlan } from "../domain/seating-plan";

const byRow = (tiers: Array<[string[], string, number]>) => (row: string) => {
  const match = tiers.find(([rows]) => rows.includes(row));
  if (!match) throw new Error(`No tier for row ${row}`);
  return { tier: match[1], priceCents: match[2] };
};

/** A 150-seat theatre: 10 rows of 15. */
export function theatre(): SeatSpec[] {
  const rows = rowLetters(10);
  return seatsOf([
    {
      code: "",
      name: "Stalls",
      rows,
      seatsPerRow: 15,
      tierOf: byRow([
        [rows.slice(0, 3), "Premium", 4500],
        [rows.slice(3, 8), "Standard", 3200],
        [rows.slice(8), "Restricted view", 2000],
      ]),
    },
  ]);
}

/** A 1,200-seat concert hall in three price tiers: stalls (800) and circle (400). */
export function concertHall(): SeatSpec[] {
  const stalls = rowLetters(20);
  const circle = rowLetters(10);
  return seatsOf([
    {
      code: "ST",
      name: "Stalls",
      rows: stalls,
      seatsPerRow: 40,
      tierOf: byRow([
        [stalls.slice(0, 8), "Premium", 8500],
        [stalls.slice(8), "Standard", 5500],
      ]),
    },
    { code: "CI", name: "Circle", rows: circle, seatsPerRow: 40, tierOf: () => ({ tier: "Balcony", priceCents: 3500 }) },
  ]);
}

/** A 5,000-seat arena: floor plus four stands. */
export function arena(): SeatSpec[] {
  const floor = rowLetters(20);
  const stand = rowLetters(20);
  const standSection = (code: string, name: string): SectionPlan => ({
    code,
    name,
    rows: stand,
    seatsPerRow: 50,
    tierOf: byRow([
      [stand.slice(0, 10), "Lower tier", 6900],
      [stand.slice(10), "Upper tier", 4900],
    ]),
  });
  return seatsOf([
    { code: "FL", name: "Floor", rows: floor, seatsPerRow: 50, tierOf: () => ({ tier: "Floor", priceCents: 11900 }) },
    standSection("N", "North stand"),
    standSection("E", "East stand"),
    standSection("S", "South stand"),
    standSection("W", "West stand"),
  ]);
}
