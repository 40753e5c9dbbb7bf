import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { bookingStreamId } from "../domain/booking";
import { seatsStreamId, type SeatSpec } from "../domain/seats";
import type { BookingSystem } from "../system";
import { bookSeats, describeEachSystem, settle, showOnSale } from "../testing/system";
import { cancelBooking } from "./bookings";
import { bookingByReferenceAndEmail } from "../queries/bookings";
import { holdSeats } from "./holds";

const ctx = (actor: string) => ({ actor, commandId: randomUUID() });

/** One row at three prices, so a refund shows which seats it paid back. */
const row = (): SeatSpec[] =>
  [5_000, 3_000, 2_000, 2_000, 2_000].map((priceCents, i) => ({
    seatId: `A-${i + 1}`,
    section: "Stalls",
    row: "A",
    number: i + 1,
    tier: "standard",
    priceCents,
  }));

const eventsOf = async (system: BookingSystem, streamId: string, type: string) =>
  (await system.store.readStream(streamId)).filter((e) => e.event.type === type).map((e) => e.event);
const seatStatuses = async (system: BookingSystem, showId: string) =>
  Object.fromEntries(
    (await system.db.prisma.seatView.findMany({ where: { showId }, orderBy: { seatId: "asc" } })).map((s) => [s.seatId, s.status]),
  );
const showRow = (system: BookingSystem, showId: string) => system.db.prisma.showView.findUniqueOrThrow({ where: { showId } });

describeEachSystem("cancelling bookings", (system) => {
  it("cancels a confirmed booking for its customer: seats released, the price refunded, revenue reduced", async () => {
    const showId = await showOnSale(system(), row());
    const { bookingId } = await bookSeats(system(), showId, ["A-1", "A-2"], "c1");
    await settle(system());
    expect(await showRow(system(), showId)).toMatchObject({ revenueCents: 8_000, seatsBooked: 2 });

    const cancelled = await cancelBooking(system().deps, { bookingId, by: { customerId: "c1" } }, ctx("customer:c1"));
    expect(cancelled).toMatchObject({ ok: true, seatIds: ["A-1", "A-2"], refundDueCents: 8_000, duplicate: false });
    await settle(system());

    expect(await eventsOf(system(), seatsStreamId(showId), "BookedSeatsReleased")).toEqual([
      { type: "BookedSeatsReleased", showId, bookingId, seatIds: ["A-1", "A-2"], reason: "cancelled_by_customer" },
    ]);
    expect(await eventsOf(system(), bookingStreamId(bookingId), "RefundIssued")).toMatchObject([{ amountCents: 8_000 }]);
    expect(await eventsOf(system(), bookingStreamId(bookingId), "BookingCancelled")).toMatchObject([
      { reason: "cancelled_by_customer", by: "customer:c1", complete: true },
    ]);
    expect(await seatStatuses(system(), showId)).toMatchObject({ "A-1": "available", "A-2": "available" });
    expect(await showRow(system(), showId)).toMatchObject({ revenueCents: 0, seatsBooked: 0, seatsAvailable: 5 });
    expect(await system().db.prisma.bookingView.findUniqueOrThrow({ where: { bookingId } })).toMatchObject({
      status: "cancelled",
      refundedCents: 8_000,
    });
  });

  it("releases only the seats of a partial cancellation and refunds their prices", async () => {
    const showId = await showOnSale(system(), row());
    const { bookingId } = await bookSeats(system(), showId, ["A-1", "A-2", "A-3"], "c2");
    const partial = await cancelBooking(
      system().deps,
      { bookingId, seatIds: ["A-2"], by: { customerId: "c2" } },
      ctx("customer:c2"),
    );
    expect(partial).toMatchObject({ ok: true, seatIds: ["A-2"], refundDueCents: 3_000 });
    await settle(system());
    expect(await seatStatuses(system(), showId)).toMatchObject({ "A-1": "booked", "A-2": "available", "A-3": "booked" });
    expect(await system().db.prisma.bookingView.findUniqueOrThrow({ where: { bookingId } })).toMatchObject({
      status: "confirmed",
      seatIds: JSON.stringify(["A-1", "A-3"]),
      refundedCents: 3_000,
    });
    expect((await showRow(system(), showId)).revenueCents).toBe(7_000);

    // Staff cancel the rest.
    const rest = await cancelBooking(system().deps, { bookingId, by: "staff" }, ctx("staff:ann"));
    expect(rest).toMatchObject({ ok: true, seatIds: ["A-1", "A-3"], refundDueCents: 7_000 });
    await settle(system());
    expect(await eventsOf(system(), seatsStreamId(showId), "BookedSeatsReleased")).toMatchObject([
      { seatIds: ["A-2"], reason: "cancelled_by_customer" },
      { seatIds: ["A-1", "A-3"], reason: "cancelled_by_staff" },
    ]);
    expect((await eventsOf(system(), bookingStreamId(bookingId), "RefundIssued")).map((e) => e.amountCents)).toEqual([3_000, 7_000]);
    expect((await showRow(system(), showId)).revenueCents).toBe(0);
  });

  it("releases a held booking's seats and refunds nothing", async () => {
    const showId = await showOnSale(system(), row());
    const held = await holdSeats(system().deps, { showId, seatIds: ["A-4"], customerId: "c3" }, ctx("customer:c3"));
    if (!held.ok) throw new Error(held.error.message);
    const cancelled = await cancelBooking(system().deps, { bookingId: held.bookingId, by: { customerId: "c3" } }, ctx("customer:c3"));
    expect(cancelled).toMatchObject({ ok: true, refundDueCents: 0 });
    await settle(system());
    expect(await eventsOf(system(), seatsStreamId(showId), "HoldReleased")).toMatchObject([{ reason: "abandoned", seatIds: ["A-4"] }]);
    expect(await eventsOf(system(), bookingStreamId(held.bookingId), "RefundIssued")).toEqual([]);
    expect((await seatStatuses(system(), showId))["A-4"]).toBe("available");
  });

  it("answers someone else's booking like a missing one, and appends nothing", async () => {
    const showId = await showOnSale(system(), row());
    const { bookingId } = await bookSeats(system(), showId, ["A-5"], "c4");
    const head = await settle(system());
    const attempts = [
      await cancelBooking(system().deps, { bookingId, by: { customerId: "intruder" } }, ctx("customer:intruder")),
      await cancelBooking(system().deps, { bookingId, by: { customerId: "" } }, ctx("customer:anonymous")),
      await cancelBooking(system().deps, { bookingId: "no-such-booking", by: { customerId: "c4" } }, ctx("customer:c4")),
    ];
    for (const attempt of attempts) expect(attempt.ok === false && attempt.error.code).toBe("BOOKING_NOT_FOUND");
    const notMine = await cancelBooking(
      system().deps,
      { bookingId, seatIds: ["A-1"], by: { customerId: "c4" } },
      ctx("customer:c4"),
    );
    expect(notMine.ok === false && notMine.error).toMatchObject({ code: "SEATS_NOT_IN_BOOKING", details: { seatIds: ["A-1"] } });
    expect(await settle(system())).toBe(head);
  });

  it("answers a retried cancellation with the first one's result, appending nothing", async () => {
    const showId = await showOnSale(system(), row());
    const { bookingId } = await bookSeats(system(), showId, ["A-4", "A-5"], "c5");
    const context = ctx("customer:c5");
    const first = await cancelBooking(system().deps, { bookingId, by: { customerId: "c5" } }, context);
    const head = await settle(system());
    const again = await cancelBooking(system().deps, { bookingId, by: { customerId: "c5" } }, context);
    expect(first.ok && again.ok && again.duplicate).toBe(true);
    expect(await settle(system())).toBe(head);
    expect(await eventsOf(system(), bookingStreamId(bookingId), "RefundIssued")).toHaveLength(1);
  });

  it("finds a booking by reference only with the email it was booked with", async () => {
    const showId = await showOnSale(system(), row());
    const { bookingId, reference } = await bookSeats(system(), showId, ["A-3"], "Finder");
    await settle(system());
    const found = await bookingByReferenceAndEmail(system().db.prisma, ` ${reference.toLowerCase()} `, "  FINDER@Example.COM ");
    expect(found).toMatchObject({ bookingId, reference, status: "confirmed" });
    expect(await bookingByReferenceAndEmail(system().db.prisma, reference, "someone@example.com")).toBeNull();
    expect(await bookingByReferenceAndEmail(system().db.prisma, reference, "")).toBeNull();
    expect(await bookingByReferenceAndEmail(system().db.prisma, "ZZZZ-ZZZZ", "finder@example.com")).toBeNull();
  });
});
