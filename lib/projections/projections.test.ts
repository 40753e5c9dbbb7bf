import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { holdSeats } from "../commands/holds";
import { payForBooking } from "../commands/checkout";
import { TEST_CARDS } from "../payments/simulated-provider";
import { describeEachSystem, showOnSale } from "../testing/system";
import { ProjectionRunner, type ProjectionProgress } from "./runner";
import { showView } from "./show-view";
import type { Projection } from "./projection";
import type { BookingSystem } from "../system";
import { allProjections } from ".";
import { seatView } from "./seat-view";
import { verifyProjection } from "./verify";

const ctx = (n: string) => ({ actor: `customer:${n}`, commandId: randomUUID() });

async function bookSeats(system: BookingSystem, showId: string, seatIds: string[], customerId: string) {
  const held = await holdSeats(system.deps, { showId, seatIds, customerId }, ctx(customerId));
  if (!held.ok) throw new Error(held.error.message);
  const paid = await payForBooking(
    system.deps,
    { bookingId: held.bookingId, customerId, cardNumber: TEST_CARDS.succeeds, customerName: "Test", customerEmail: "t@example.com" },
    ctx(customerId),
  );
  if (!paid.ok) throw new Error(paid.error.message);
  return { bookingId: held.bookingId, reference: paid.reference, lastPosition: paid.lastPosition };
}

async function snapshotOf(system: BookingSystem, showId: string) {
  const prisma = system.db.prisma;
  return {
    show: await prisma.showView.findUnique({ where: { showId } }),
    seats: await prisma.seatView.findMany({ where: { showId }, orderBy: { seatId: "asc" } }),
    bookings: await prisma.bookingView.findMany({ where: { showId }, orderBy: { bookingId: "asc" } }),
  };
}

describeEachSystem("projections", (system) => {
  it("bring the read tables up to a command's position (read-your-writes)", async () => {
    const showId = await showOnSale(system());
    const booked = await bookSeats(system(), showId, ["FL-A-1", "FL-A-2"], "p1");
    const held = await holdSeats(system().deps, { showId, seatIds: ["FL-A-3"], customerId: "p2" }, ctx("p2"));
    if (!held.ok) throw new Error(held.error.message);
    expect(await system().projections.waitFor(held.lastPosition, 10_000)).toBe(true);

    const { show, seats, bookings } = await snapshotOf(system(), showId);
    expect(show).toMatchObject({ status: "published", seatsTotal: 200, seatsBooked: 2, seatsHeld: 1, seatsAvailable: 197 });
    expect(show?.revenueCents).toBe(2 * 11_900);
    expect(seats.find((s) => s.seatId === "FL-A-1")).toMatchObject({ status: "booked", bookingId: booked.bookingId });
    expect(seats.find((s) => s.seatId === "FL-A-3")).toMatchObject({ status: "held", bookingId: held.bookingId });
    expect(seats.find((s) => s.seatId === "FL-A-3")?.holdExpiresAt?.toISOString()).toBe(held.expiresAt);
    const booking = bookings.find((b) => b.bookingId === booked.bookingId);
    expect(booking).toMatchObject({ status: "confirmed", reference: booked.reference, totalCents: 23_800, customerEmail: "t@example.com" });
    expect(JSON.parse(booking?.seatIds ?? "[]")).toEqual(["FL-A-1", "FL-A-2"]);
  });

  it("rebuild from position 0 with progress to 100% and the same rows", async () => {
    const showId = await showOnSale(system());
    for (let i = 1; i <= 5; i++) await bookSeats(system(), showId, [`FL-B-${i}`], `r${i}`);
    const head = await system().store.headPosition();
    await system().projections.waitFor(head, 10_000);
    const before = await snapshotOf(system(), showId);

    for (const name of ["seat-view", "show-view", "booking-view"]) {
      const progress: ProjectionProgress[] = [];
      await system().projections.rebuild(name, (p) => progress.push(p));
      expect(progress[0]?.percent).toBe(0);
      expect(progress.at(-1)).toMatchObject({ percent: 100, done: true });
      const percents = progress.map((p) => p.percent);
      expect([...percents].sort((a, b) => a - b)).toEqual(percents);
    }
    expect(await snapshotOf(system(), showId)).toEqual(before);
  });

  it("apply a failed batch exactly once after it is retried", async () => {
    const showId = await showOnSale(system());
    await bookSeats(system(), showId, ["FL-C-1"], "f1");
    await system().projections.waitFor(await system().store.headPosition(), 10_000);
    await system().projections.stop();

    // A runner whose show-view save fails once, after the rows were written in its transaction.
    let failed = false;
    const flaky: Projection<never> = {
      ...(showView as unknown as Projection<never>),
      save: async (c, rows) => {
        await (showView as unknown as Projection<never>).save(c, rows);
        if (!failed) {
          failed = true;
          throw new Error("crash after writing, before commit");
        }
      },
    };
    const runner = new ProjectionRunner(system().store, [flaky], { pollMs: 20 });
    await runner.start();
    await bookSeats(system(), showId, ["FL-C-2", "FL-C-3"], "f2");
    expect(await runner.waitFor(await system().store.headPosition(), 10_000)).toBe(true);
    await runner.stop();
    await system().projections.start();
    expect(failed).toBe(true);
    const show = await system().db.prisma.showView.findUnique({ where: { showId } });
    expect(show).toMatchObject({ seatsBooked: 3, seatsHeld: 0, seatsAvailable: 197 });
  });

  it("never double-apply when two processes run the same projections", async () => {
    const showId = await showOnSale(system());
    const second = new ProjectionRunner(system().store, allProjections, { pollMs: 10 });
    await second.start();
    for (let i = 1; i <= 6; i++) await bookSeats(system(), showId, [`FL-D-${i}`], `d${i}`);
    const head = await system().store.headPosition();
    expect(await second.waitFor(head, 10_000)).toBe(true);
    expect(await system().projections.waitFor(head, 10_000)).toBe(true);
    await second.stop();
    const show = await system().db.prisma.showView.findUnique({ where: { showId } });
    expect(show).toMatchObject({ seatsBooked: 6, seatsAvailable: 194, revenueCents: 6 * 11_900 });
  });

  it("keep every row right when one process rebuilds while another follows the log", async () => {
    const showId = await showOnSale(system());
    for (let i = 1; i <= 4; i++) await bookSeats(system(), showId, [`FL-D-${20 + i}`], `e${i}`);
    await system().projections.stop();
    // Small batches make the rebuild long enough for the other process to claim batches in the middle of it.
    const rebuilding = new ProjectionRunner(system().store, allProjections, { pollMs: 5, batchSize: 5 });
    const following = new ProjectionRunner(system().store, allProjections, { pollMs: 5, batchSize: 5 });
    await rebuilding.start();
    await following.start();
    await following.waitFor(await system().store.headPosition(), 10_000);

    const rebuilt = rebuilding.rebuild(seatView.name);
    for (let i = 5; i <= 10; i++) await bookSeats(system(), showId, [`FL-D-${20 + i}`], `e${i}`);
    await rebuilt;
    const head = await system().store.headPosition();
    expect(await rebuilding.waitFor(head, 10_000)).toBe(true);
    expect(await following.waitFor(head, 10_000)).toBe(true);
    await rebuilding.stop();
    await following.stop();
    await system().projections.start();

    const report = await verifyProjection(system().store, seatView as unknown as Projection<never>, {});
    expect(report).toMatchObject({ missing: 0, extra: 0, different: 0 });
  });

  it("report a rebuild that keeps failing instead of showing it running for ever", async () => {
    await system().projections.stop();
    const broken: Projection<never> = {
      ...(showView as unknown as Projection<never>),
      save: async () => {
        throw new Error("the read table is gone");
      },
    };
    const runner = new ProjectionRunner(system().store, [broken], { pollMs: 5 });
    try {
      await expect(runner.rebuild(showView.name)).rejects.toThrow(/the read table is gone/);
    } finally {
      await runner.stop();
      await system().projections.rebuild(showView.name);
    }
  }, 20_000);
});
