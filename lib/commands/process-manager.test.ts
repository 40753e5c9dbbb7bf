import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { openDatabase } from "../db/database";
import { bookingDecider, bookingStreamId } from "../domain/booking";
import { INTERRUPTED_CHECKOUT_GRACE_MS, PROCESS_MANAGER_ACTOR, reactsTo } from "../domain/process-manager";
import { seatsDecider, seatsStreamId, type SeatSpec } from "../domain/seats";
import { TEST_CARDS } from "../payments/simulated-provider";
import type { BookingSystem } from "../system";
import { bookSeats, describeEachSystem, eventually, settle, showOnSale } from "../testing/system";
import { EventStore } from "../eventstore/store";
import { cancelBooking } from "./bookings";
import { CommandBus } from "./bus";
import { payForBooking } from "./checkout";
import { holdSeats } from "./holds";
import { PROCESS_MANAGER_CHECKPOINT, ProcessManager } from "./process-manager";
import { cancelShow } from "./shows";

const ctx = (actor = "customer:test") => ({ actor, commandId: randomUUID() });

/** A small hall: row A at 50.00, row B at 30.00. */
const hall = (): SeatSpec[] =>
  ["A", "B"].flatMap((row) =>
    Array.from({ length: 6 }, (_, i) => ({
      seatId: `${row}-${i + 1}`,
      section: "Stalls",
      row,
      number: i + 1,
      tier: row === "A" ? "Premium" : "Standard",
      priceCents: row === "A" ? 5_000 : 3_000,
    })),
  );

const seatRow = (system: BookingSystem, showId: string, seatId: string) =>
  system.db.prisma.seatView.findUniqueOrThrow({ where: { showId_seatId: { showId, seatId } } });
const bookingRow = (system: BookingSystem, bookingId: string) =>
  system.db.prisma.bookingView.findUniqueOrThrow({ where: { bookingId } });
const typesIn = async (system: BookingSystem, streamId: string) =>
  (await system.store.readStream(streamId)).map((e) => e.event.type);

describeEachSystem("the process manager", (system, clock, url) => {
  it("releases a hold within a second of its deadline, and not before, and expires the booking", async () => {
    const showId = await showOnSale(system(), hall());
    const held = await holdSeats(system().deps, { showId, seatIds: ["A-1", "A-2"], customerId: "e1" }, ctx());
    if (!held.ok) throw new Error(held.error.message);
    const deadline = Date.parse(held.expiresAt);
    await settle(system());
    expect((await seatRow(system(), showId, "A-1")).status).toBe("held");
    clock.advance(deadline - clock.now().getTime() - 1_000);

    // Until the deadline the seats stay held; then the release follows within a second.
    const released = await eventually(async () => {
      const seat = await seatRow(system(), showId, "A-1");
      if (seat.status === "held") expect(clock.now().getTime()).toBeLessThan(deadline + 1_000);
      return seat.status === "available" ? clock.now().getTime() : 0;
    }, 5_000, 10);
    expect(released).toBeGreaterThanOrEqual(deadline);
    expect(released - deadline).toBeLessThan(1_000);

    await eventually(async () => (await bookingRow(system(), held.bookingId)).status === "expired");
    const releases = (await system().store.readStream(seatsStreamId(showId))).filter((e) => e.event.type === "HoldReleased");
    expect(releases).toHaveLength(1);
    expect(releases[0]?.event).toMatchObject({ bookingId: held.bookingId, reason: "expired", seatIds: ["A-1", "A-2"] });
    expect(releases[0]?.metadata.actor).toBe(PROCESS_MANAGER_ACTOR);
  });

  it("releases a hold whose deadline passed while it was stopped, right after it starts", async () => {
    const showId = await showOnSale(system(), hall());
    await system().processManager.stop();
    const fresh = new ProcessManager(system().deps);
    try {
      const held = await holdSeats(system().deps, { showId, seatIds: ["B-1"], customerId: "e2" }, ctx());
      if (!held.ok) throw new Error(held.error.message);
      clock.advance(Date.parse(held.expiresAt) - clock.now().getTime() + 5_000);
      await settle(system());
      await new Promise((r) => setTimeout(r, 300));
      expect((await seatRow(system(), showId, "B-1")).status).toBe("held");

      // A new process manager has nothing in memory: the deadline comes from the read tables.
      const started = Date.now();
      await fresh.start();
      await eventually(async () => (await seatRow(system(), showId, "B-1")).status === "available");
      expect(Date.now() - started).toBeLessThan(1_000);
      await eventually(async () => (await bookingRow(system(), held.bookingId)).status === "expired");
    } finally {
      await fresh.stop();
      await system().processManager.start();
    }
  });

  it("keeps the hold through a declined card and a timeout, so another card pays for the same seats", async () => {
    const showId = await showOnSale(system(), hall());
    const held = await holdSeats(system().deps, { showId, seatIds: ["A-3", "A-4"], customerId: "p1" }, ctx());
    if (!held.ok) throw new Error(held.error.message);
    const pay = (cardNumber: string) =>
      payForBooking(system().deps, { bookingId: held.bookingId, customerId: "p1", cardNumber, customerName: "P", customerEmail: "p@example.com" }, ctx());

    const declined = await pay(TEST_CARDS.declined);
    expect(declined.ok === false && declined.error.code).toBe("PAYMENT_DECLINED");
    const timedOut = await pay(TEST_CARDS.slowFailure);
    expect(timedOut.ok === false && timedOut.error.code).toBe("PAYMENT_TIMED_OUT");
    await settle(system());
    expect((await seatRow(system(), showId, "A-3")).status).toBe("held");
    expect(await bookingRow(system(), held.bookingId)).toMatchObject({ status: "held", paymentAttempts: 2, lastPaymentFailure: "timed_out" });

    const paid = await pay(TEST_CARDS.succeeds);
    expect(paid.ok).toBe(true);
    await settle(system());
    expect((await seatRow(system(), showId, "A-4")).status).toBe("booked");
    expect(await bookingRow(system(), held.bookingId)).toMatchObject({ status: "confirmed", paymentAttempts: 3, lastPaymentFailure: null });
    const booking = await system().store.readStream(bookingStreamId(held.bookingId));
    expect(booking.map((e) => [e.event.type, "attempt" in e.event ? e.event.attempt : null])).toEqual([
      ["BookingStarted", null],
      ["BookingHeld", null],
      ["PaymentDeclined", 1],
      ["PaymentTimedOut", 2],
      ["PaymentAuthorized", 3],
      ["BookingConfirmed", null],
    ]);
    const seatEvents = (await system().store.readStream(seatsStreamId(showId))).filter((e) => "bookingId" in e.event && e.event.bookingId === held.bookingId);
    expect(seatEvents.map((e) => e.event.type)).toEqual(["SeatsHeld", "SeatsBooked"]);
  });

  it("releases the hold of a declined card only at its deadline", async () => {
    const showId = await showOnSale(system(), hall());
    const held = await holdSeats(system().deps, { showId, seatIds: ["A-5"], customerId: "p2" }, ctx());
    if (!held.ok) throw new Error(held.error.message);
    const declined = await payForBooking(
      system().deps,
      { bookingId: held.bookingId, customerId: "p2", cardNumber: TEST_CARDS.declined, customerName: "P", customerEmail: "p@example.com" },
      ctx(),
    );
    expect(declined.ok).toBe(false);
    await settle(system());
    expect((await seatRow(system(), showId, "A-5")).status).toBe("held");

    clock.advance(Date.parse(held.expiresAt) - clock.now().getTime() + 1);
    await eventually(async () => (await bookingRow(system(), held.bookingId)).status === "expired");
    expect((await seatRow(system(), showId, "A-5")).status).toBe("available");
    const [release, ...more] = (await system().store.readStream(seatsStreamId(showId))).filter(
      (e) => e.event.type === "HoldReleased" && e.event.bookingId === held.bookingId,
    );
    expect(more).toEqual([]);
    expect(release?.event).toMatchObject({ reason: "expired" });
  });

  it("cancels and refunds every booking of a cancelled show and closes its sales", async () => {
    const showId = await showOnSale(system(), hall());
    const full = await bookSeats(system(), showId, ["A-1", "A-2"], "s1");
    const partly = await bookSeats(system(), showId, ["B-1", "B-2", "B-3"], "s2");
    const dropped = await cancelBooking(
      system().deps,
      { bookingId: partly.bookingId, seatIds: ["B-3"], by: { customerId: "s2" } },
      ctx("customer:s2"),
    );
    expect(dropped.ok).toBe(true);
    const held = await holdSeats(system().deps, { showId, seatIds: ["A-5"], customerId: "s3" }, ctx());
    if (!held.ok) throw new Error(held.error.message);
    await settle(system());
    expect((await system().db.prisma.showView.findUniqueOrThrow({ where: { showId } })).revenueCents).toBe(10_000 + 6_000);

    const cancelled = await cancelShow(system().deps, { showId, reason: "The venue flooded" }, ctx("staff:s"));
    expect(cancelled.ok).toBe(true);
    await settle(system());

    const bookings = await Promise.all([full, partly, { bookingId: held.bookingId }].map((b) => bookingRow(system(), b.bookingId)));
    expect(bookings.map((b) => [b.status, b.refundedCents])).toEqual([
      ["cancelled", 10_000],
      ["cancelled", 9_000],
      ["cancelled", 0],
    ]);
    for (const { bookingId } of [full, partly, held]) {
      const cancellations = (await system().store.readStream(bookingStreamId(bookingId))).filter(
        (e) => e.event.type === "BookingCancelled" && e.event.reason === "show_cancelled",
      );
      expect(cancellations).toHaveLength(1);
      expect(cancellations[0]?.event.by).toBe(PROCESS_MANAGER_ACTOR);
    }
    const seats = await system().db.prisma.seatView.findMany({ where: { showId } });
    expect(seats.filter((s) => s.status !== "available")).toEqual([]);
    const show = await system().db.prisma.showView.findUniqueOrThrow({ where: { showId } });
    expect(show).toMatchObject({ status: "cancelled", revenueCents: 0, seatsBooked: 0, seatsHeld: 0 });
    expect(await typesIn(system(), bookingStreamId(held.bookingId))).toEqual(["BookingStarted", "BookingHeld", "BookingCancelled"]);

    const late = await holdSeats(system().deps, { showId, seatIds: ["A-6"], customerId: "s4" }, ctx());
    expect(late.ok === false && late.error.code).toBe("SALES_CLOSED");
  });

  it("gives the money back when a checkout took it and stopped before booking the seats", async () => {
    const showId = await showOnSale(system(), hall());
    const held = await holdSeats(system().deps, { showId, seatIds: ["B-4"], customerId: "m1" }, ctx());
    if (!held.ok) throw new Error(held.error.message);
    const authorized = await system().bus.execute(
      bookingDecider,
      bookingStreamId(held.bookingId),
      { type: "AuthorizePayment", bookingId: held.bookingId, paymentId: "pay-m1", amountCents: 3_000, cardLast4: "4242", now: clock.now().toISOString() },
      ctx(),
    );
    expect(authorized.ok).toBe(true);
    await settle(system());
    clock.advance(Date.parse(held.expiresAt) - clock.now().getTime() + 1);
    await eventually(async () => (await bookingRow(system(), held.bookingId)).refundedCents === 3_000);
    expect(await typesIn(system(), bookingStreamId(held.bookingId))).toEqual([
      "BookingStarted",
      "BookingHeld",
      "PaymentAuthorized",
      "BookingExpired",
      "RefundIssued",
    ]);
  });

  it("frees the seats and refunds when a checkout booked them and stopped before confirming", async () => {
    const showId = await showOnSale(system(), hall());
    const held = await holdSeats(system().deps, { showId, seatIds: ["B-5", "B-6"], customerId: "m2" }, ctx());
    if (!held.ok) throw new Error(held.error.message);
    const now = clock.now().toISOString();
    const authorized = await system().bus.execute(
      bookingDecider,
      bookingStreamId(held.bookingId),
      { type: "AuthorizePayment", bookingId: held.bookingId, paymentId: "pay-m2", amountCents: 6_000, cardLast4: "4242", now },
      ctx(),
    );
    expect(authorized.ok).toBe(true);
    const booked = await system().bus.execute(seatsDecider, seatsStreamId(showId), { type: "CommitHold", showId, bookingId: held.bookingId, now }, ctx());
    expect(booked.ok).toBe(true);
    // The checkout died here, before ConfirmBooking. Just past the deadline it may still be confirming.
    await settle(system());
    clock.advance(Date.parse(held.expiresAt) - clock.now().getTime() + 1_000);
    await new Promise((r) => setTimeout(r, 600));
    expect((await bookingRow(system(), held.bookingId)).status).toBe("held");
    expect((await seatRow(system(), showId, "B-5")).status).toBe("booked");

    clock.advance(INTERRUPTED_CHECKOUT_GRACE_MS);
    await eventually(async () => (await bookingRow(system(), held.bookingId)).refundedCents === 6_000);
    await eventually(async () => (await seatRow(system(), showId, "B-6")).status === "available");
    expect((await bookingRow(system(), held.bookingId)).status).toBe("expired");
    const released = (await system().store.readStream(seatsStreamId(showId))).filter((e) => e.event.type === "BookedSeatsReleased");
    expect(released.map((e) => e.event)).toMatchObject([{ bookingId: held.bookingId, seatIds: ["B-5", "B-6"], reason: "checkout_interrupted" }]);
  });

  it("appends nothing when every event is delivered again (checkpoint reset to 0)", async () => {
    // Everything the earlier tests did (expiry, failed payments, cancellations, a cancelled show) is replayed.
    const head = await settle(system());
    expect(head).toBeGreaterThan(0);
    await system().processManager.stop();
    await system().db.prisma.projectionCheckpoint.update({ where: { name: PROCESS_MANAGER_CHECKPOINT }, data: { position: 0 } });
    const replay = new ProcessManager(system().deps);
    try {
      await replay.start();
      expect(await replay.waitFor(head, 20_000)).toBe(true);
      // It did react again (and sent its commands again): the store recognised every one.
      const relevant = await system().store.readAll({ types: [...reactsTo], limit: 100_000 });
      expect(replay.stats.eventsReactedTo).toBe(relevant.length);
      expect(replay.stats.commandsSent).toBeGreaterThan(10);
      expect(replay.stats.commandsRefused).toBe(0);
      expect(await settle(system())).toBe(head);
    } finally {
      await replay.stop();
      await system().processManager.start();
    }
    expect(await system().store.headPosition()).toBe(head);
    const checkpoint = await system().db.prisma.projectionCheckpoint.findUniqueOrThrow({ where: { name: PROCESS_MANAGER_CHECKPOINT } });
    expect(checkpoint).toMatchObject({ status: "running" });
    expect(checkpoint.position).toBeGreaterThan(0);
  });

  it("reacts once when two processes run it on one log", async () => {
    // A second command bus over its own connection plays the other app instance.
    const otherDb = url().startsWith("file:") ? system().db : await openDatabase(url());
    const second = new ProcessManager({ bus: new CommandBus(new EventStore(otherDb)), now: clock.now }, { pollMs: 10 });
    await second.start();
    try {
      const showId = await showOnSale(system(), hall());
      const booked = await bookSeats(system(), showId, ["B-5", "B-6"], "t1");
      const result = await cancelBooking(system().deps, { bookingId: booked.bookingId, by: { customerId: "t1" } }, ctx());
      expect(result.ok).toBe(true);
      await settle(system());
      expect(await second.waitFor(await system().store.headPosition())).toBe(true);
      await settle(system());
      const types = await typesIn(system(), bookingStreamId(booked.bookingId));
      expect(types.filter((t) => t === "RefundIssued")).toHaveLength(1);
      const released = (await system().store.readStream(seatsStreamId(showId))).filter((e) => e.event.type === "BookedSeatsReleased");
      expect(released).toHaveLength(1);
    } finally {
      await second.stop();
      if (otherDb !== system().db) await otherDb.close();
    }
  });
});
