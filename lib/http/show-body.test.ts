import { gunzipSync } from "node:zlib";
import { expect, it, vi } from "vitest";
import { holdSeats } from "../commands/holds";
import { findShow, seatMapPosition } from "../queries/shows";
import { describeEachSystem, settle, showOnSale } from "../testing/system";
import { showBody } from "./show-body";
import type { PrismaDb } from "../db/database";

type Body = { position: number; show: { seats: { held: number } }; seats: Array<{ seatId: string; status: string }> };

async function read(prisma: PrismaDb, showId: string) {
  const position = await seatMapPosition(prisma);
  const show = await findShow(prisma, showId);
  if (!show) throw new Error("no show");
  return showBody(prisma, show, position);
}

describeEachSystem("a show's JSON body, shared between readers", (system) => {
  it("given no change, readers share one read and one gzip; when a hold lands, the next read shows it", async () => {
    const { prisma } = system().db;
    const showId = await showOnSale(system());
    // Opening sales has reactions still being projected: "no change" starts once they are done.
    await settle(system());
    const reads = vi.spyOn(prisma.seatView, "findMany");

    const [first, second] = await Promise.all([read(prisma, showId), read(prisma, showId)]);
    expect(second).toBe(first);
    expect(await read(prisma, showId)).toBe(first);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(await first.gzip()).toBe(await first.gzip());
    expect(JSON.parse(gunzipSync(await first.gzip()).toString())).toEqual(JSON.parse(first.json.toString()));

    const before = JSON.parse(first.json.toString()) as Body;
    const seatId = before.seats[0]?.seatId as string;
    const held = await holdSeats(system().deps, { showId, seatIds: [seatId], customerId: "c1" }, { actor: "customer:c1", commandId: `${showId}:hold` });
    if (!held.ok) throw new Error(held.error.message);
    await system().projections.waitFor(held.lastPosition);

    const after = JSON.parse((await read(prisma, showId)).json.toString()) as Body;
    expect(after.seats.find((s) => s.seatId === seatId)?.status).toBe("held");
    expect(after.show.seats.held).toBe(before.show.seats.held + 1);
    expect(after.position).toBeGreaterThan(before.position);
    expect(reads).toHaveBeenCalledTimes(2);
    reads.mockRestore();
  });
});
