import { describe, expect, it } from "vitest";
import { withSectionCounts } from "./section-counts";

describe("an overview's counts under live updates", () => {
  const counts = new Map([
    ["Floor", { total: 10, available: 10, minCents: 100, maxCents: 100 }],
    ["East", { total: 5, available: 5, minCents: 50, maxCents: 80 }],
  ]);

  it("replaces only the sections an update names", () => {
    const next = withSectionCounts(counts, [{ name: "East", total: 5, available: 3, minCents: 50, maxCents: 80 }]);
    expect(next.get("East")).toEqual({ total: 5, available: 3, minCents: 50, maxCents: 80 });
    expect(next.get("Floor")).toBe(counts.get("Floor"));
    expect(counts.get("East")?.available).toBe(5);
  });

  it("drops a section whose seats were all removed", () => {
    expect([...withSectionCounts(counts, [{ name: "East", total: 0, available: 0, minCents: 0, maxCents: 0 }]).keys()]).toEqual(["Floor"]);
  });
});
