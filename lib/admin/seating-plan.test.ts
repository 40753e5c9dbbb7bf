import { describe, expect, it } from "vitest";
import { seatingPlanSchema, seatsOfPlan } from "./seating-plan";

const band = (fromRow: number, toRow: number, tier: string, priceCents: number) => ({ fromRow, toRow, tier, priceCents });

describe("the seating plan builder", () => {
  it("builds sections × rows × seats, priced by row range", () => {
    const plan = seatingPlanSchema.parse([
      { name: "Stalls", code: "st", rows: 3, seatsPerRow: 2, bands: [band(1, 1, "Premium", 4500), band(2, 3, "Standard", 3000)] },
      { name: "Circle", code: "CI", rows: 1, seatsPerRow: 1, bands: [band(1, 1, "Balcony", 2000)] },
    ]);
    const seats = seatsOfPlan(plan);
    expect(seats.map((s) => s.seatId)).toEqual(["ST-A-1", "ST-A-2", "ST-B-1", "ST-B-2", "ST-C-1", "ST-C-2", "CI-A-1"]);
    expect(seats.find((s) => s.seatId === "ST-A-2")).toMatchObject({ tier: "Premium", priceCents: 4500, row: "A", number: 2 });
    expect(seats.find((s) => s.seatId === "ST-C-1")).toMatchObject({ tier: "Standard", priceCents: 3000 });
  });

  it("refuses a row without a price, and two sections without codes", () => {
    const unpriced = seatingPlanSchema.safeParse([{ name: "Stalls", code: "", rows: 3, seatsPerRow: 2, bands: [band(1, 2, "Standard", 3000)] }]);
    expect(unpriced.error?.issues[0]?.message).toBe("Stalls: row C has no price");
    const section = { name: "S", code: "", rows: 1, seatsPerRow: 1, bands: [band(1, 1, "T", 100)] };
    const uncoded = seatingPlanSchema.safeParse([section, { ...section, code: "B" }]);
    expect(uncoded.error?.issues[0]?.message).toBe("With several sections, each needs a code");
  });
});
