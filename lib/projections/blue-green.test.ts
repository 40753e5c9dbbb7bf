// Blue/green rebuilds on both engines: pages read the whole old view until the swap, the new view has
// everything appended meanwhile, a crashed rebuild leaves the live view alone, one instance rebuilds.
import { expect, it } from "vitest";
import type { BookingSystem } from "../system";
import { bookSeats, describeEachSystem, eventually, settle, showOnSale } from "../testing/system";
import { allProjections } from ".";
import type { Projection } from "./projection";
import { readLeases } from "./rebuild-lease";
import { ProjectionRunner } from "./runner";
import { seatView } from "./seat-view";
import { shadowName } from "./shadow-tables";
import { verifyProjection } from "./verify";

const SEATS = 200;

/** What a seat-map page reads: every seat of the show with its status. */
async function seatMap(system: BookingSystem, showId: string): Promise<Map<string, string>> {
  const rows = await system.db.prisma.seatView.findMany({ where: { showId }, select: { seatId: true, status: true } });
  return new Map(rows.map((r) => [r.seatId, r.status]));
}

/** Marks a seat booked in the live table without any event: drift only a rebuild from the log undoes. */
async function tamper(system: BookingSystem, showId: string, seatId: string): Promise<void> {
  await system.db.prisma.$executeRawUnsafe(`UPDATE seat_view SET status = 'booked' WHERE show_id = '${showId}' AND seat_id = '${seatId}'`);
}

async function tableExists(system: BookingSystem, table: string): Promise<boolean> {
  const sql =
    system.db.kind === "sqlite"
      ? `SELECT name FROM sqlite_master WHERE type = 'table' AND name = '${table}'`
      : `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '${table}'`;
  return (await system.db.prisma.$queryRawUnsafe<unknown[]>(sql)).length > 0;
}

/** The table's index names (the primary key's among them): a swap must keep the names migrations use. */
async function indexNames(system: BookingSystem, table: string): Promise<string[]> {
  const sql =
    system.db.kind === "sqlite"
      ? `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = '${table}'`
      : `SELECT indexname::text AS name FROM pg_indexes WHERE schemaname = current_schema() AND tablename = '${table}'`;
  return (await system.db.prisma.$queryRawUnsafe<Array<{ name: string }>>(sql)).map((r) => r.name).sort();
}

/** A second instance's runner (same database), rebuilding in small batches so the test can act between them. */
function rebuildingInstance(system: BookingSystem, beforeFlush: (position: number) => Promise<void> | void, leaseMs = 30_000) {
  return new ProjectionRunner(system.store, allProjections, {
    pollMs: 10,
    rebuildLeaseMs: leaseMs,
    rebuild: { pageSize: 2, flushEvery: 2, beforeFlush },
  });
}

describeEachSystem("blue/green rebuilds", (system) => {
  it("serve the whole old view during a rebuild, then the new one with everything appended meanwhile", async () => {
    const showId = await showOnSale(system());
    for (let i = 1; i <= 6; i++) await bookSeats(system(), showId, [`FL-C-3${i}`], `bg${i}`);
    await settle(system());
    await tamper(system(), showId, "FL-C-40");
    const indexesBefore = await indexNames(system(), "seat_view");

    const during: Array<Map<string, string>> = [];
    let flushes = 0;
    const other = rebuildingInstance(system(), async () => {
      flushes += 1;
      // Between the rebuild's writes: a page reads the live table, and customers keep booking.
      during.push(await seatMap(system(), showId));
      if (flushes === 2) {
        await bookSeats(system(), showId, ["FL-C-20"], "bg-during");
        await settle(system());
        during.push(await seatMap(system(), showId));
      }
    });
    await other.rebuild(seatView.name);

    expect(flushes).toBeGreaterThan(2);
    for (const view of during) {
      expect(view.size).toBe(SEATS);
      expect(view.get("FL-C-40")).toBe("booked");
      expect(view.get("FL-C-31")).toBe("booked");
    }
    // The live projection kept following the log into the old table until the swap.
    expect(during.at(-1)?.get("FL-C-20")).toBe("booked");

    const after = await seatMap(system(), showId);
    expect(after.size).toBe(SEATS);
    expect(after.get("FL-C-40")).toBe("available");
    expect(after.get("FL-C-20")).toBe("booked");
    expect(await tableExists(system(), shadowName("seat_view"))).toBe(false);
    expect(await indexNames(system(), "seat_view")).toEqual(indexesBefore);

    // The live runner continues from the rebuild's position, on the new table.
    await bookSeats(system(), showId, ["FL-C-21"], "bg-after");
    await settle(system());
    expect((await seatMap(system(), showId)).get("FL-C-21")).toBe("booked");
    const report = await verifyProjection(system().store, seatView as unknown as Projection<never>);
    expect(report).toMatchObject({ missing: 0, extra: 0, different: 0 });
    await other.stop();
  });

  it("leave the live view untouched when a rebuild crashes, and a later rebuild works", async () => {
    const showId = await showOnSale(system());
    await bookSeats(system(), showId, ["FL-D-45"], "crash1");
    await settle(system());
    await tamper(system(), showId, "FL-D-46");
    const before = await seatMap(system(), showId);

    // A rebuild that fails between two writes: the live view is as it was, the shadow is gone.
    let flushes = 0;
    const failing = rebuildingInstance(system(), () => {
      if ((flushes += 1) === 2) throw new Error("the instance died mid-rebuild");
    });
    await expect(failing.rebuild(seatView.name)).rejects.toThrow(/died mid-rebuild/);
    expect(await seatMap(system(), showId)).toEqual(before);
    expect(await tableExists(system(), shadowName("seat_view"))).toBe(false);

    // An instance killed mid-rebuild leaves its lease unfinished and its shadow half-filled: nobody may
    // rebuild until the lease goes stale, then the next rebuild starts over in a fresh shadow.
    let stuck: () => void = () => undefined;
    const killed = rebuildingInstance(system(), (position) => {
      if (position > 0) return new Promise<void>((resolve) => (stuck = resolve));
    });
    const abandoned = killed.rebuild(seatView.name).catch(() => undefined);
    await eventually(async () => tableExists(system(), shadowName("seat_view")));
    const next = rebuildingInstance(system(), () => undefined, 300);
    expect(await next.claimRebuild(seatView.name)).toBeNull();
    expect(await seatMap(system(), showId)).toEqual(before);

    // The killed instance's lease is 30 s; the next instance treats a lease silent for 300 ms as dead.
    await new Promise((r) => setTimeout(r, 400));
    await next.rebuild(seatView.name);
    const after = await seatMap(system(), showId);
    expect(after.get("FL-D-46")).toBe("available");
    expect(after.get("FL-D-45")).toBe("booked");
    // The stalled rebuild wakes to find its lease taken: it must not swap its stale shadow in.
    stuck();
    await abandoned;
    expect(await seatMap(system(), showId)).toEqual(after);
    const lease = (await readLeases(system().db)).find((l) => l.name === seatView.name);
    expect(lease).toMatchObject({ error: null });
    expect(lease?.finishedAt).not.toBeNull();
  });

  it("let exactly one of several instances rebuild a projection at a time", async () => {
    await settle(system());
    const instances = [1, 2, 3].map(() => new ProjectionRunner(system().store, allProjections));
    const claims = await Promise.all(instances.map((i) => i.claimRebuild("booking-view")));
    expect(claims.filter((c) => c !== null)).toHaveLength(1);
    const winner = claims.find((c) => c !== null);
    await winner?.run();
    // Once it is done, the next request may rebuild again.
    const again = await instances[0]?.claimRebuild("booking-view");
    expect(again).not.toBeNull();
    await again?.run();
  });
});
