import { expect, it, vi } from "vitest";
import { holdSeats } from "../commands/holds";
import { seatMapPosition } from "../queries/shows";
import { describeEachSystem, showOnSale } from "../testing/system";
import { seatsJson } from "./seat-map-json";

type SeatJson = { seatId: string; status: string };

describeEachSystem("a show's seats as shared JSON", (system) => {
  it("given no change, readers share one read; when a hold lands, the next read shows it", async () => {
    const { prisma } = system().db;
    const showId = await showOnSale(system());
    const at = await seatMapPosition(prisma);
    const reads = vi.spyOn(prisma.seatView, "findMany");

    const [first, second] = await Promise.all([seatsJson(prisma, showId, at), seatsJson(prisma, showId, at)]);
    expect(await seatsJson(prisma, showId, at)).toBe(first);
    expect(second).toBe(first);
    expect(reads).toHaveBeenCalledTimes(1);

    const seatId = (JSON.parse(first) as SeatJson[])[0]?.seatId as string;
    const held = await holdSeats(system().deps, { showId, seatIds: [seatId], customerId: "c1" }, { actor: "customer:c1", commandId: `${showId}:hold` });
    if (!held.ok) throw new Error(held.error.message);
    await system().projections.waitFor(held.lastPosition);

    const after = JSON.parse(await seatsJson(prisma, showId, await seatMapPosition(prisma))) as SeatJson[];
    expect(after.find((s) => s.seatId === seatId)?.status).toBe("held");
    expect(reads).toHaveBeenCalledTimes(2);
    reads.mockRestore();
  });
});
