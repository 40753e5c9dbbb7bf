import { describe, expect, it } from "vitest";
import type { SeatDto } from "../queries/shows";
import { applyChanges, mergeLoaded, type Unseen } from "./seat-changes";

const seat = (seatId: string, status: SeatDto["status"] = "available"): SeatDto => ({
  seatId,
  section: "East",
  row: "A",
  number: Number(seatId.split("-").at(-1)),
  tier: "Lower tier",
  priceCents: 6900,
  status,
});

describe("a live overview's seats", () => {
  it("applies a change to a seat on the map and remembers one to a seat not loaded yet", () => {
    const unseen: Unseen = new Map();
    const seats = new Map([["E-A-1", seat("E-A-1")]]);
    const next = applyChanges(seats, [{ seatId: "E-A-1", status: "held" }, { seatId: "E-A-2", status: "held" }], new Set(), unseen, 10);
    expect(next.get("E-A-1")?.status).toBe("held");
    expect(next.has("E-A-2")).toBe(false);
    expect(unseen.get("E-A-2")).toEqual({ status: "held", position: 10 });
  });

  it("lets a change pushed while a section was on its way win over the section's older read, not a newer one", () => {
    const unseen: Unseen = new Map([
      ["E-A-1", { status: "held", position: 12 }],
      ["E-A-2", { status: "held", position: 8 }],
    ]);
    const merged = mergeLoaded(new Map(), [seat("E-A-1"), seat("E-A-2"), seat("E-A-3", "booked")], 10, unseen);
    expect([...merged.values()].map((s) => s.status)).toEqual(["held", "available", "booked"]);
  });

  it("keeps seats already on the map when their section is loaded again", () => {
    const kept = seat("E-A-1", "held");
    const merged = mergeLoaded(new Map([["E-A-1", kept]]), [seat("E-A-1")], 99, new Map());
    expect(merged.get("E-A-1")).toBe(kept);
  });
});
