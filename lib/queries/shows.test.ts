import { expect, it } from "vitest";
import { arena } from "../demo/venues";
import { describeEachSystem, bookSeats, settle, showOnSale } from "../testing/system";
import { seatChangesOf, seatMapPosition, seatsOfSection, sectionCountsOfShow, tiersOfShow } from "./shows";

describeEachSystem("a big venue's overview, read without its seats", (system) => {
  const all = arena();
  const floor = all.filter((s) => s.section === "Floor").slice(0, 10);
  const north = all.filter((s) => s.section === "North stand");
  const front = north.filter((s) => s.row === "A").slice(0, 5);
  const back = north.filter((s) => s.row === "T").slice(0, 5);

  it("counts seats left and the price range per section, lists tiers dearest first, and loads one section", async () => {
    const showId = await showOnSale(system(), [...floor, ...front, ...back]);
    await bookSeats(system(), showId, [front[0]!.seatId, front[1]!.seatId], "c1");
    await settle(system());
    const { prisma } = system().db;

    expect(await sectionCountsOfShow(prisma, showId)).toEqual([
      { name: "Floor", total: 10, available: 10, minCents: 11900, maxCents: 11900 },
      { name: "North stand", total: 10, available: 8, minCents: 4900, maxCents: 6900 },
    ]);
    // A named section that has no seats comes back empty: an overview drops it.
    expect(await sectionCountsOfShow(prisma, showId, ["North stand", "Nowhere"])).toEqual([
      { name: "North stand", total: 10, available: 8, minCents: 4900, maxCents: 6900 },
      { name: "Nowhere", total: 0, available: 0, minCents: 0, maxCents: 0 },
    ]);
    expect(await tiersOfShow(prisma, showId)).toEqual(["Floor", "Lower tier", "Upper tier"]);

    const seats = await seatsOfSection(prisma, showId, "North stand");
    expect(seats.map((s) => s.seatId)).toEqual([...front, ...back].map((s) => s.seatId));
    expect(seats.filter((s) => s.status === "booked").map((s) => s.seatId)).toEqual([front[0]!.seatId, front[1]!.seatId]);
    expect(await seatsOfSection(prisma, showId, "Nowhere")).toEqual([]);
  });

  it("answers a catch-up with the changed seats and the counts of their sections only", async () => {
    const showId = await showOnSale(system(), [...floor, ...front]);
    await settle(system());
    const { prisma } = system().db;
    const before = await seatMapPosition(prisma);
    await bookSeats(system(), showId, [floor[3]!.seatId], "c2");
    await settle(system());

    const caughtUp = await seatChangesOf(prisma, showId, before);
    expect(caughtUp.changes).toEqual([{ seatId: floor[3]!.seatId, status: "booked" }]);
    expect(caughtUp.sections).toEqual([{ name: "Floor", total: 10, available: 9, minCents: 11900, maxCents: 11900 }]);
    expect(caughtUp.lastPosition).toBeGreaterThan(before);
    expect(await seatChangesOf(prisma, showId, caughtUp.lastPosition)).toEqual({ changes: [], sections: [], lastPosition: 0 });
  });
});
