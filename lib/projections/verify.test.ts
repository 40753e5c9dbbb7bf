import { expect, it } from "vitest";
import { bookSeats, describeEachSystem, settle, showOnSale } from "../testing/system";
import { seatView } from "./seat-view";
import { allProjections } from ".";
import { verifyProjection, type VerifyProgress } from "./verify";

describeEachSystem("verifying a projection", (system) => {
  it("finds no differences in a projection that followed the log", async () => {
    const showId = await showOnSale(system());
    await bookSeats(system(), showId, ["FL-A-1", "FL-A-2"], "v1");
    const head = await settle(system());

    for (const projection of allProjections) {
      const progress: VerifyProgress[] = [];
      const report = await verifyProjection(system().store, projection, { batchSize: 50, onProgress: (p) => progress.push(p) });
      expect(report).toMatchObject({ name: projection.name, missing: 0, extra: 0, different: 0, differences: [], truncated: false });
      expect(report.rowsLive).toBe(report.rowsExpected);
      expect(report.position).toBeLessThanOrEqual(head);
      expect(progress.at(-1)).toMatchObject({ percent: 100, done: true });
    }
  });

  it("reports a tampered, a deleted and an added row, and a rebuild repairs them", async () => {
    const showId = await showOnSale(system());
    await bookSeats(system(), showId, ["FL-B-1"], "v2");
    await settle(system());
    const prisma = system().db.prisma;
    // Read tables are not append-only: a manual edit is exactly the drift verification must catch.
    await prisma.$executeRawUnsafe(`UPDATE seat_view SET status = 'booked' WHERE show_id = '${showId}' AND seat_id = 'FL-B-2'`);

    const tampered = await verifyProjection(system().store, seatView);
    expect(tampered).toMatchObject({ missing: 0, extra: 0, different: 1, truncated: false });
    expect(tampered.differences).toEqual([
      { key: `${showId} / FL-B-2`, kind: "different", fields: [{ field: "status", expected: "available", actual: "booked" }] },
    ]);

    await prisma.seatView.delete({ where: { showId_seatId: { showId, seatId: "FL-B-3" } } });
    const extraSeat = { ...(await prisma.seatView.findFirstOrThrow({ where: { showId, seatId: "FL-B-4" } })), seatId: "ZZ-9" };
    await prisma.seatView.create({ data: extraSeat });
    const drifted = await verifyProjection(system().store, seatView);
    expect(drifted).toMatchObject({ missing: 1, extra: 1, different: 1 });
    expect(drifted.differences.find((d) => d.kind === "missing")).toMatchObject({ key: `${showId} / FL-B-3`, row: { status: "available" } });
    expect(drifted.differences.find((d) => d.kind === "extra")).toMatchObject({ key: `${showId} / ZZ-9` });

    await system().projections.rebuild("seat-view");
    const repaired = await verifyProjection(system().store, seatView);
    expect(repaired).toMatchObject({ missing: 0, extra: 0, different: 0, differences: [] });
    expect((await prisma.seatView.findFirstOrThrow({ where: { showId, seatId: "FL-B-2" } })).status).toBe("available");
  });

  it("lists at most `limit` differences but counts them all", async () => {
    const showId = await showOnSale(system());
    await settle(system());
    await system().db.prisma.$executeRawUnsafe(`UPDATE seat_view SET tier = 'tampered' WHERE show_id = '${showId}'`);
    const report = await verifyProjection(system().store, seatView, { limit: 3 });
    expect(report.different).toBe(200);
    expect(report.differences).toHaveLength(3);
    expect(report.truncated).toBe(true);
    await system().projections.rebuild("seat-view");
  });
});
