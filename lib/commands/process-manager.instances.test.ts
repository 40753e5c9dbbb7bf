// The process manager with several instances on one PostgreSQL database: every reaction happens once
// (counted in the log), and the hold deadlines of an instance killed abruptly are met by the others.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { reactsTo } from "../domain/process-manager";
import { seatsStreamId } from "../domain/seats";
import type { BookingSystem } from "../system";
import { startSystem } from "../system";
import { createTestDatabase, dropTestDatabase, type TestDatabase } from "../testing/databases";
import { bookSeats, eventually, settle, showOnSale, testClock } from "../testing/system";
import { cancelBooking } from "./bookings";
import { holdSeats } from "./holds";
import { cancelShow } from "./shows";

const HOLD_SECONDS = 2;
const ctx = (actor = "customer:test") => ({ actor, commandId: randomUUID() });

describe.skipIf(inject("postgresAdminUrl") === null)("the process manager on three instances [postgres]", () => {
  let database: TestDatabase;
  const clock = testClock();
  const systems: BookingSystem[] = [];

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    // Started together, as a cluster's instances are.
    const started = await Promise.all(
      [1, 2, 3].map(() =>
        startSystem({
          databaseUrl: database.url,
          holdTtlSeconds: HOLD_SECONDS,
          now: clock.now,
          projectionOptions: { pollMs: 25 },
          processManagerOptions: { pollMs: 25, deadlineScanMs: 100, onRefused: () => undefined },
        }),
      ),
    );
    systems.push(...started);
  });
  afterAll(async () => {
    await Promise.all(systems.map((s) => s.stop()));
    if (database) await dropTestDatabase(database);
  });

  const system = (i: number) => systems[i % systems.length] as BookingSystem;
  const settleAll = async () => {
    for (let round = 0; round < 2; round++) for (const s of systems) await settle(s, 20_000);
  };
  /** How many events of each type the log holds for one stream. */
  const countsIn = async (streamId: string) => {
    const counts: Record<string, number> = {};
    for (const e of await system(0).store.readStream(streamId)) counts[e.event.type] = (counts[e.event.type] ?? 0) + 1;
    return counts;
  };

  it("react once to every event, whichever instance wrote it", async () => {
    const showId = await showOnSale(system(0));
    await settleAll();
    expect((await countsIn(seatsStreamId(showId))).SalesOpened).toBe(1);

    // Holds through every instance, left to expire: one release and one expiry each.
    const holds: string[] = [];
    for (let i = 0; i < 9; i++) {
      const held = await holdSeats(system(i).deps, { showId, seatIds: [`FL-A-${i + 1}`], customerId: `h${i}` }, ctx());
      if (!held.ok) throw new Error(held.error.message);
      holds.push(held.bookingId);
    }
    // Bookings paid through every instance, then cancelled by their customers: one release and one refund each.
    const paid: Array<{ bookingId: string; customerId: string }> = [];
    for (let i = 0; i < 6; i++) paid.push({ ...(await bookSeats(system(i), showId, [`FL-B-${i + 1}`], `p${i}`)), customerId: `p${i}` });
    for (const [i, booking] of paid.entries()) {
      const cancelled = await cancelBooking(system(i + 1).deps, { bookingId: booking.bookingId, by: { customerId: booking.customerId } }, ctx());
      if (!cancelled.ok) throw new Error(cancelled.error.message);
    }
    clock.advance(HOLD_SECONDS * 1000 + 100);
    await eventually(async () => {
      const rows = await system(0).db.prisma.bookingView.findMany({ where: { bookingId: { in: holds } } });
      return rows.every((r) => r.status === "expired");
    }, 10_000);
    // A cancelled show: every booking cancelled and refunded once.
    const doomed = await showOnSale(system(1));
    const doomedBookings: string[] = [];
    for (let i = 0; i < 6; i++) doomedBookings.push((await bookSeats(system(i), doomed, [`FL-C-${i + 1}`], `d${i}`)).bookingId);
    const cancelled = await cancelShow(system(2).deps, { showId: doomed, reason: "The venue flooded" }, ctx("staff:test"));
    if (!cancelled.ok) throw new Error(cancelled.error.message);
    await settleAll();
    // Late duplicates would come from another instance's next poll: give them time to show.
    await new Promise((r) => setTimeout(r, 500));
    await settleAll();

    const seats = await countsIn(seatsStreamId(showId));
    expect(seats.HoldReleased).toBe(holds.length);
    expect(seats.BookedSeatsReleased).toBe(paid.length);
    for (const bookingId of holds) expect(await countsIn(`booking-${bookingId}`)).toMatchObject({ BookingExpired: 1 });
    for (const { bookingId } of paid) expect(await countsIn(`booking-${bookingId}`)).toMatchObject({ BookingCancelled: 1, RefundIssued: 1 });
    const doomedSeats = await countsIn(seatsStreamId(doomed));
    expect(doomedSeats).toMatchObject({ SalesClosed: 1, BookedSeatsReleased: doomedBookings.length });
    for (const bookingId of doomedBookings) expect(await countsIn(`booking-${bookingId}`)).toMatchObject({ BookingCancelled: 1, RefundIssued: 1 });

    // And no instance did another's work: each event the process manager follows was reacted to once.
    const followed = await system(0).store.readAll({ types: [...reactsTo], limit: 10_000 });
    const reactedTo = systems.reduce((sum, s) => sum + s.processManager.stats.eventsReactedTo, 0);
    expect(reactedTo).toBe(followed.length);
  });

  it("meet the hold deadlines of an instance killed abruptly within seconds", async () => {
    const showId = await showOnSale(system(0));
    await settleAll();
    const seatIds = ["FL-D-1", "FL-D-2", "FL-D-3", "FL-D-4"];
    const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "../testing/holding-instance.ts"), database.url, showId, String(HOLD_SECONDS), ...seatIds], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once("line", resolve);
      child.once("exit", (code) => reject(new Error(`the instance exited (${code}) before holding`)));
    });
    const { bookings } = JSON.parse(line) as { bookings: Array<{ bookingId: string; expiresAt: string }> };
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));

    // The survivors run on real time here: the killed instance's holds end at its own deadlines.
    const deadline = Math.max(...bookings.map((b) => Date.parse(b.expiresAt)));
    const released = await eventually(async () => {
      const rows = await system(0).db.prisma.seatView.findMany({ where: { showId, seatId: { in: seatIds } } });
      return rows.length === seatIds.length && rows.every((r) => r.status === "available") ? Date.now() : 0;
    }, 15_000, 25);
    expect(released - deadline).toBeLessThan(3_000);
    await settleAll();
    const seats = await countsIn(seatsStreamId(showId));
    expect(seats.HoldReleased).toBe(bookings.length);
    for (const { bookingId } of bookings) expect(await countsIn(`booking-${bookingId}`)).toMatchObject({ BookingExpired: 1 });
  });
});
