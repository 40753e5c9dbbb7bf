// Seating plans for the demo venues, built from sections x rows x seats with price tiers.
import type { SeatSpec } from "../domain/seats";
import { rowLetters, seatsOf, type SectionPlan } from "../domain/seating-plan";
import { stackedLayout, type VenueLayout } from "../domain/venue-layout";

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

/** The theatre: one room, every seat at once. */
export const theatreLayout = (): VenueLayout => stackedLayout(["Stalls"]);

/** The hall: stalls in front of the stage, the circle curving round behind them. */
export const concertHallLayout = (): VenueLayout => ({
  map: "overview",
  stage: { x: 50, y: 9, width: 44, depth: 8 },
  sections: [
    { name: "Stalls", shape: "trapezoid", angle: 0, x: 50, y: 40, width: 70, depth: 38 },
    { name: "Circle", shape: "arc", angle: 0, x: 50, y: 80, width: 88, depth: 20 },
  ],
});

/** The arena, with the stage in the round: the floor in front of it and a stand on every side, facing it. */
export const arenaLayout = (): VenueLayout => ({
  map: "overview",
  stage: { x: 50, y: 30, width: 30, depth: 8 },
  sections: [
    { name: "Floor", shape: "rectangle", angle: 0, x: 50, y: 52, width: 40, depth: 24 },
    { name: "North stand", shape: "arc", angle: 180, x: 50, y: 11, width: 56, depth: 13 },
    { name: "East stand", shape: "trapezoid", angle: 270, x: 88, y: 50, width: 56, depth: 15 },
    { name: "South stand", shape: "arc", angle: 0, x: 50, y: 87, width: 60, depth: 13 },
    { name: "West stand", shape: "trapezoid", angle: 90, x: 12, y: 50, width: 56, depth: 15 },
  ],
});
