import { describe, expect, it } from "vitest";
import type { SeatInfo } from "@/lib/domain/seat-selection";
import { availabilityOf, countSections, outlinePath } from "./venue-geometry";

const seat = (section: string, number: number, status: SeatInfo["status"], priceCents = 4900): SeatInfo => ({
  seatId: `${section}-A-${number}`,
  section,
  row: "A",
  number,
  tier: "Lower tier",
  priceCents,
  status,
});

describe("the venue overview's counts", () => {
  it("counts seats left and the price range per section, leaving removed seats out", () => {
    const counts = countSections([seat("East", 1, "available", 6900), seat("East", 2, "booked"), seat("East", 3, "removed", 100), seat("West", 1, "held")]);
    expect(counts.get("East")).toEqual({ total: 2, available: 1, minCents: 4900, maxCents: 6900 });
    expect(counts.get("West")).toEqual({ total: 1, available: 0, minCents: 4900, maxCents: 4900 });
  });

  it("colours a section by the share of seats left", () => {
    expect(availabilityOf({ total: 100, available: 60, minCents: 0, maxCents: 0 })).toBe("plenty");
    expect(availabilityOf({ total: 100, available: 20, minCents: 0, maxCents: 0 })).toBe("few");
    expect(availabilityOf({ total: 100, available: 5, minCents: 0, maxCents: 0 })).toBe("last");
    expect(availabilityOf({ total: 100, available: 0, minCents: 0, maxCents: 0 })).toBe("none");
    expect(availabilityOf(undefined)).toBe("none");
  });

  it("draws every shape as a closed outline", () => {
    for (const shape of ["rectangle", "trapezoid", "arc"] as const) expect(outlinePath(shape, 40, 20)).toMatch(/^M.*Z$/);
  });
});
