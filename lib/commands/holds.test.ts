import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { CommandBus } from "./bus";
import { holdSeats, releaseHold, extendHold } from "./holds";
import { payForBooking } from "./checkout";
import { scheduleShow } from "./shows";
import { TEST_CARDS } from "../payments/simulated-provider";
import { describeEachSystem, showOnSale } from "../testing/system";
import type { BookingSystem } from "../system";
import { seatsDecider, seatsStreamId } from "../domain/seats";

const customer = (n: number | string) => ({ actor: `customer:c${n}`, commandId: randomUUID() });

/** Every SeatsHeld / SeatsBooked in the log, checked for a seat owned twice at once. */
async function seatsOwnedTwice(system: BookingSystem, showId: string): Promise<string[]> {
  const owner = new Map<string, string>();
  const twice: string[] = [];
  for (const { event } of await system.store.readStream(seatsStreamId(showId), { limit: 100_000 })) {
    const e = event as { type: string; bookingId?: string; seatIds?: string[] };
    for (const seatId of e.seatIds ?? []) {
      if (e.type === "SeatsHeld" || e.type === "SeatsBooked") {
        const current = owner.get(seatId);
        if (current !== undefined && current !== e.bookingId) twice.push(seatId);
        owner.set(seatId, e.bookingId as string);
      }
      if (e.type === "HoldReleased" || e.type === "BookedSeatsReleased") owner.delete(seatId);
    }
  }
  return twice;
}

describeEachSystem("holding seats", (system, clock, url) => {
  it("lets exactly one of 50 simultaneous holds on the same seat win", async () => {
    const showId = await showOnSale(system());
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        holdSeats(system().deps, { showId, seatIds: ["FL-A-1", `FL-B-${n + 1}`], customerId: `c${n}` }, customer(n)),
      ),
    );
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((r) => !r.ok)) {
      expect(loser.ok === false && loser.error.code).toBe("SEATS_UNAVAILABLE");
      expect(loser.ok === false && loser.error.details.seatIds).toEqual(["FL-A-1"]);
    }
    const held = (await system().store.readStream(seatsStreamId(showId))).filter((e) => e.event.type === "SeatsHeld");
    expect(held).toHaveLength(1);
    expect(await seatsOwnedTwice(system(), showId)).toEqual([]);
  });

  it("keeps one winner when two processes race for the same seat through the shared database", async () => {
    const showId = await showOnSale(system());
    // A second command bus over its own connection plays the other app instance.
    const { openDatabase } = await import("../db/database");
    const { EventStore } = await import("../eventstore/store");
    const otherDb = url().startsWith("file:") ? system().db : await openDatabase(url());
    const other = { ...system().deps, bus: new CommandBus(new EventStore(otherDb)) };
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        holdSeats(n % 2 ? other : system().deps, { showId, seatIds: ["FL-A-2"], customerId: `c${n}` }, customer(n)),
      ),
    );
    if (otherDb !== system().db) await otherDb.close();
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await seatsOwnedTwice(system(), showId)).toEqual([]);
  });

  it("answers a retried hold with the same booking and appends nothing", async () => {
    const showId = await showOnSale(system());
    const context = customer(1);
    const first = await holdSeats(system().deps, { showId, seatIds: ["FL-A-3"], customerId: "c1" }, context);
    const head = await system().store.headPosition();
    const again = await holdSeats(system().deps, { showId, seatIds: ["FL-A-3"], customerId: "c1" }, context);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.bookingId).toBe(first.bookingId);
    expect(again.duplicate).toBe(true);
    expect(await system().store.headPosition()).toBe(head);
  });

  it("answers a double submit in one group once", async () => {
    const showId = await showOnSale(system());
    const context = customer(2);
    const [a, b] = await Promise.all([
      holdSeats(system().deps, { showId, seatIds: ["FL-A-4"], customerId: "c2" }, context),
      holdSeats(system().deps, { showId, seatIds: ["FL-A-4"], customerId: "c2" }, context),
    ]);
    expect(a?.ok && b?.ok).toBe(true);
    if (!a?.ok || !b?.ok) return;
    expect(a.bookingId).toBe(b.bookingId);
    const held = (await system().store.readStream(seatsStreamId(showId))).filter((e) => e.event.type === "SeatsHeld");
    expect(held).toHaveLength(1);
  });

  it("refuses malformed holds with a clear error and appends nothing", async () => {
    const showId = await showOnSale(system());
    const head = await system().store.headPosition();
    const cases: Array<[string[], string]> = [
      [[], "INVALID_COMMAND"],
      [["Z-99"], "UNKNOWN_SEATS"],
      [["FL-A-5", "FL-A-5"], "DUPLICATE_SEATS"],
      [Array.from({ length: 11 }, (_, i) => `FL-C-${i + 1}`), "TOO_MANY_SEATS"],
    ];
    for (const [seatIds, code] of cases) {
      const result = await holdSeats(system().deps, { showId, seatIds, customerId: "c3" }, customer(3));
      expect(result.ok === false && result.error.code).toBe(code);
    }
    const unknownShow = await holdSeats(system().deps, { showId: "nope", seatIds: ["A-1"], customerId: "c3" }, customer(3));
    expect(unknownShow.ok === false && unknownShow.error.code).toBe("SHOW_NOT_FOUND");
    expect(await system().store.headPosition()).toBe(head);
  });

  it("refuses a show with a negative price or in the past, appending nothing", async () => {
    const head = await system().store.headPosition();
    const base = { title: "Bad", venue: "V", description: "", timeZone: "Europe/London", currency: "EUR" };
    const seat = { seatId: "A-1", section: "S", row: "A", number: 1, tier: "T", priceCents: 100 };
    const negative = await scheduleShow(
      system().deps,
      { ...base, startsAt: new Date(Date.now() + 86_400_000).toISOString(), seats: [{ ...seat, priceCents: -5 }] },
      customer("staff"),
    );
    expect(negative.ok === false && negative.error.message).toMatch(/price/);
    const past = await scheduleShow(system().deps, { ...base, startsAt: "2001-01-01T00:00:00Z", seats: [seat] }, customer("staff"));
    expect(past.ok === false && past.error.message).toMatch(/future/);
    expect(await system().store.headPosition()).toBe(head);
  });

  it("books held seats with a card that succeeds, and gives a reference", async () => {
    const showId = await showOnSale(system());
    const held = await holdSeats(system().deps, { showId, seatIds: ["FL-D-1", "FL-D-2"], customerId: "c4" }, customer(4));
    if (!held.ok) throw new Error(held.error.message);
    const paid = await payForBooking(
      system().deps,
      { bookingId: held.bookingId, customerId: "c4", cardNumber: TEST_CARDS.succeeds, customerName: "Ada", customerEmail: "ada@example.com" },
      customer(4),
    );
    expect(paid.ok).toBe(true);
    if (!paid.ok) return;
    expect(paid.reference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const { state } = await system().bus.load(seatsDecider, seatsStreamId(showId));
    expect(state.seats.get("FL-D-1")?.status).toBe("booked");
  });

  it("keeps the seats held when the card is declined, for another try", async () => {
    const showId = await showOnSale(system());
    const held = await holdSeats(system().deps, { showId, seatIds: ["FL-C-30"], customerId: "c5" }, customer(5));
    if (!held.ok) throw new Error(held.error.message);
    const paid = await payForBooking(
      system().deps,
      { bookingId: held.bookingId, customerId: "c5", cardNumber: TEST_CARDS.declined, customerName: "B", customerEmail: "b@example.com" },
      customer(5),
    );
    expect(paid.ok === false && paid.error.code).toBe("PAYMENT_DECLINED");
    const { state } = await system().bus.load(seatsDecider, seatsStreamId(showId));
    expect(state.seats.get("FL-C-30")?.status).toBe("held");
  });

  it("will not take payment for a hold past its deadline", async () => {
    const showId = await showOnSale(system());
    const held = await holdSeats(system().deps, { showId, seatIds: ["FL-C-31"], customerId: "c6" }, customer(6));
    if (!held.ok) throw new Error(held.error.message);
    clock.advance(61_000);
    try {
      const paid = await payForBooking(
        system().deps,
        { bookingId: held.bookingId, customerId: "c6", cardNumber: TEST_CARDS.succeeds, customerName: "C", customerEmail: "c@example.com" },
        customer(6),
      );
      expect(paid.ok === false && paid.error.code).toBe("HOLD_EXPIRED");
      // Someone else can now take the seat: the expired hold is released on the way.
      const next = await holdSeats(system().deps, { showId, seatIds: ["FL-C-31"], customerId: "c7" }, customer(7));
      expect(next.ok).toBe(true);
    } finally {
      clock.advance(-61_000);
    }
  });

  it("hides another customer's booking and extends a hold only once", async () => {
    const showId = await showOnSale(system());
    const held = await holdSeats(system().deps, { showId, seatIds: ["FL-C-32"], customerId: "c8" }, customer(8));
    if (!held.ok) throw new Error(held.error.message);
    const stranger = await releaseHold(system().deps, { bookingId: held.bookingId, customerId: "intruder" }, customer(9));
    expect(stranger.ok === false && stranger.error.code).toBe("BOOKING_NOT_FOUND");
    const extended = await extendHold(system().deps, { bookingId: held.bookingId, customerId: "c8" }, customer(8));
    expect(extended.ok).toBe(true);
    const twice = await extendHold(system().deps, { bookingId: held.bookingId, customerId: "c8" }, customer(8));
    expect(twice.ok === false && twice.error.code).toBe("EXTENSION_ALREADY_USED");
    const released = await releaseHold(system().deps, { bookingId: held.bookingId, customerId: "c8" }, customer(8));
    expect(released.ok).toBe(true);
    const { state } = await system().bus.load(seatsDecider, seatsStreamId(showId));
    expect(state.seats.get("FL-C-32")?.status).toBe("available");
  });
});
