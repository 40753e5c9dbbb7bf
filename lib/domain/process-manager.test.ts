import { describe, expect, it } from "vitest";
import { bookingDecider, type BookingEvent } from "./booking";
import { fold } from "./decider";
import type { DomainEvent } from "./events";
import {
  BOOKING,
  bookingCancelled,
  bookingExpired,
  bookingStarted,
  heldBooking,
  holdExtended,
  holdReleased,
  HOLD_ENDS,
  LATER,
  NOW,
  onSale,
  paidBooking,
  paymentDeclined,
  paymentFailed,
  paymentTimedOut,
  refundIssued,
  salesClosed,
  seatsBooked,
  seatsHeld,
  SHOW,
  showCancelled,
  showPublished,
  showScheduled,
  TOTAL,
} from "../testing/domain-fixtures";
import {
  reactsTo,
  expiryOf,
  INTERRUPTED_CHECKOUT_GRACE_MS,
  needsOf,
  PROCESS_MANAGER_ACTOR,
  react,
  type Facts,
  type LoggedEvent,
  type ProcessCommand,
} from "./process-manager";
import { seatsDecider, type SeatsCommand, type SeatsEvent } from "./seats";
import { showDecider, type ShowEvent } from "./show";
import type { BookingCommand } from "./booking";

const POSITION = 42;

const stored = (event: DomainEvent, position = POSITION): LoggedEvent => ({ position, event });

interface History {
  show?: ShowEvent[];
  seats?: SeatsEvent[];
  booking?: BookingEvent[];
}

/** Given the streams' histories, when an event is delivered at a position, then these commands are sent. */
function given(history: History = {}, now = NOW) {
  const facts: Facts = {
    now,
    show: history.show && fold(showDecider.evolve, showDecider.initialState, history.show),
    seats: history.seats && fold(seatsDecider.evolve, seatsDecider.initialState, history.seats),
    booking: history.booking && fold(bookingDecider.evolve, bookingDecider.initialState, history.booking),
  };
  return {
    when: (event: DomainEvent, position = POSITION) => {
      const reaction = react(stored(event, position), facts);
      return {
        thenSends: (...commands: ProcessCommand[]) => expect(reaction).toEqual({ commands, decideAgain: false }),
        thenSendsAndDecidesAgain: (...commands: ProcessCommand[]) => expect(reaction).toEqual({ commands, decideAgain: true }),
        thenNothing: () => expect(reaction).toEqual({ commands: [], decideAgain: false }),
      };
    },
  };
}

const toSeats = (step: string, command: SeatsCommand, position = POSITION): ProcessCommand => ({
  decider: "seats",
  streamId: `seats-${SHOW}`,
  commandId: `pm:${position}:${step}`,
  command,
});
const toBooking = (step: string, command: BookingCommand, bookingId = BOOKING): ProcessCommand => ({
  decider: "booking",
  streamId: `booking-${bookingId}`,
  commandId: `pm:${POSITION}:${step}`,
  command,
});
const cancelForShow = (bookingId: string) =>
  toBooking(
    `cancel:${bookingId}`,
    { type: "CancelBooking", bookingId, reason: "show_cancelled", by: PROCESS_MANAGER_ACTOR },
    bookingId,
  );

describe("a show is published", () => {
  it("opens sales on its seat map", () => {
    given({ show: [showScheduled(), showPublished()] })
      .when(showPublished())
      .thenSends(toSeats("open-sales", { type: "OpenSales", showId: SHOW }));
  });

  it("does not reopen sales of a show cancelled since (a lagging or replayed reaction)", () => {
    given({ show: [showScheduled(), showPublished(), showCancelled()] })
      .when(showPublished())
      .thenNothing();
  });
});

describe("a show is cancelled", () => {
  it("closes sales first, then decides again, so no hold slips in after the bookings are read", () => {
    given({ seats: [...onSale("A-1"), seatsHeld("b1", ["A-1"])] })
      .when(showCancelled("Flood"))
      .thenSendsAndDecidesAgain(toSeats("close-sales", { type: "CloseSales", showId: SHOW, reason: "Flood" }));
  });

  it("cancels every held and every booked booking the seat map knows, once sales are closed", () => {
    given({
      seats: [
        ...onSale("A-1", "A-2", "A-3", "A-4"),
        seatsHeld("b3", ["A-1"]),
        seatsHeld("b1", ["A-2"]),
        seatsBooked("b1", ["A-2"]),
        seatsHeld("b2", ["A-3"]),
        seatsHeld("gone", ["A-4"]),
        holdReleased("gone", ["A-4"], "expired"),
        salesClosed(),
      ],
    })
      .when(showCancelled())
      .thenSends(cancelForShow("b1"), cancelForShow("b2"), cancelForShow("b3"));
  });

  it("sends nothing when nobody holds or booked a seat", () => {
    given({ seats: [...onSale("A-1"), salesClosed()] })
      .when(showCancelled())
      .thenNothing();
  });
});

describe("a payment attempt fails", () => {
  it("keeps the hold after a declined card: only the deadline releases it", () => {
    given({ booking: [...heldBooking(), paymentDeclined(1)] })
      .when(paymentDeclined(1))
      .thenNothing();
  });

  it("keeps the hold after a provider timeout", () => {
    given({ booking: [...heldBooking(), paymentTimedOut(1)] })
      .when(paymentTimedOut(1))
      .thenNothing();
  });

  it("does not even read declined or timed-out attempts from the log", () => {
    expect(reactsTo).not.toContain("PaymentDeclined");
    expect(reactsTo).not.toContain("PaymentTimedOut");
  });

  it("releases the hold of a booking its deadline passed after a declined card", () => {
    given({ booking: [...heldBooking(), paymentDeclined(1)] }, LATER)
      .when(holdReleased(BOOKING, ["A-1"], "expired"))
      .thenSends(toBooking("expire-booking", { type: "ExpireBooking", bookingId: BOOKING, now: LATER }));
  });

  it("still releases the hold for a failure logged before payments could be retried (it ended the booking)", () => {
    given({ booking: [...heldBooking(), paymentFailed()] })
      .when(paymentFailed())
      .thenSends(toSeats("release-hold", { type: "ReleaseHold", showId: SHOW, bookingId: BOOKING, reason: "payment_failed" }));
  });
});

describe("a hold is released", () => {
  it("expires the booking when the hold ran out", () => {
    given({ booking: heldBooking() }, LATER)
      .when(holdReleased(BOOKING, ["A-1"], "expired"))
      .thenSends(toBooking("expire-booking", { type: "ExpireBooking", bookingId: BOOKING, now: LATER }));
  });

  it("judges the expiry no earlier than the booking's deadline, when this clock runs behind the seats'", () => {
    given({ booking: heldBooking() }, NOW)
      .when(holdReleased(BOOKING, ["A-1"], "expired"))
      .thenSends(toBooking("expire-booking", { type: "ExpireBooking", bookingId: BOOKING, now: HOLD_ENDS }));
  });

  it("leaves a booking alone that is no longer held", () => {
    given({ booking: [...heldBooking(), paymentFailed()] }, LATER)
      .when(holdReleased(BOOKING, ["A-1"], "expired"))
      .thenNothing();
  });

  it.each(["abandoned", "payment_failed", "show_cancelled"] as const)("does nothing when it was %s", (reason) => {
    given().when(holdReleased(BOOKING, ["A-1"], reason)).thenNothing();
  });
});

describe("a booking expires", () => {
  const releaseBooked = toSeats("release-seats", {
    type: "ReleaseBookedSeats",
    showId: SHOW,
    bookingId: BOOKING,
    reason: "checkout_interrupted",
  });

  it("gives back a payment taken by a checkout that stopped, and frees any seats it booked", () => {
    given({ booking: [...paidBooking(), bookingExpired()] })
      .when(bookingExpired())
      .thenSends(releaseBooked, toBooking("refund", { type: "IssueRefund", bookingId: BOOKING, amountCents: TOTAL }));
  });

  it("refunds nothing twice, and touches nothing when nothing was paid", () => {
    given({ booking: [...paidBooking(), bookingExpired(), refundIssued(TOTAL)] })
      .when(bookingExpired())
      .thenSends(releaseBooked);
    given({ booking: [...heldBooking(), bookingExpired()] })
      .when(bookingExpired())
      .thenNothing();
  });
});

describe("a booking is cancelled", () => {
  const releaseHold = (reason: "abandoned" | "show_cancelled") =>
    toSeats("release-hold", { type: "ReleaseHold", showId: SHOW, bookingId: BOOKING, reason });
  const releaseAllBooked = (reason: "cancelled_by_customer" | "cancelled_by_staff" | "show_cancelled") =>
    toSeats("release-seats", { type: "ReleaseBookedSeats", showId: SHOW, bookingId: BOOKING, reason });
  const refund = (amountCents: number) => toBooking("refund", { type: "IssueRefund", bookingId: BOOKING, amountCents });

  it("frees a held booking's seats and refunds nothing", () => {
    given()
      .when(bookingCancelled({ seatIds: ["A-1", "A-2"], refundDueCents: 0, complete: true, reason: "abandoned" }))
      .thenSends(releaseHold("abandoned"), releaseAllBooked("cancelled_by_customer"));
  });

  it("frees a confirmed booking's seats and refunds what they cost", () => {
    given()
      .when(bookingCancelled({ seatIds: ["A-1", "A-2"], refundDueCents: TOTAL, complete: true }))
      .thenSends(releaseHold("abandoned"), releaseAllBooked("cancelled_by_customer"), refund(TOTAL));
  });

  it("releases only the cancelled seats of a partial cancellation, and refunds their price", () => {
    given()
      .when(bookingCancelled({ seatIds: ["A-2"], refundDueCents: 3_000, complete: false, reason: "cancelled_by_staff" }))
      .thenSends(
        toSeats("release-seats", {
          type: "ReleaseBookedSeats",
          showId: SHOW,
          bookingId: BOOKING,
          seatIds: ["A-2"],
          reason: "cancelled_by_staff",
        }),
        refund(3_000),
      );
  });

  it("gives the show's cancellation as the reason", () => {
    given()
      .when(
        bookingCancelled({ seatIds: ["A-1", "A-2"], refundDueCents: TOTAL, complete: true, reason: "show_cancelled" }),
      )
      .thenSends(releaseHold("show_cancelled"), releaseAllBooked("show_cancelled"), refund(TOTAL));
  });
});

describe("re-delivery", () => {
  it("decides the same command ids for the same event, and new ones for another position", () => {
    const event = bookingCancelled({ seatIds: ["A-1"], refundDueCents: 5_000, complete: false });
    const first = react(stored(event, 7), { now: NOW });
    const again = react(stored(event, 7), { now: LATER });
    const elsewhere = react(stored(event, 8), { now: NOW });
    expect(again.commands.map((c) => c.commandId)).toEqual(first.commands.map((c) => c.commandId));
    expect(elsewhere.commands.map((c) => c.commandId)).toEqual(["pm:8:release-seats", "pm:8:refund"]);
  });

  it("ignores events it does not react to", () => {
    given().when(seatsHeld("b1", ["A-1"])).thenNothing();
    given().when(bookingStarted()).thenNothing();
  });

  it("names the streams a decision reads", () => {
    expect(needsOf(showPublished())).toEqual({ show: SHOW });
    expect(needsOf(showCancelled())).toEqual({ seats: SHOW });
    expect(needsOf(paymentFailed())).toEqual({ booking: BOOKING });
    expect(needsOf(bookingExpired())).toEqual({ booking: BOOKING });
    expect(needsOf(holdReleased(BOOKING, ["A-1"], "expired"))).toEqual({ booking: BOOKING });
    expect(needsOf(holdReleased(BOOKING, ["A-1"], "abandoned"))).toEqual({});
  });

  it("refuses to decide without a state it needs (a bug in the runner, not a domain refusal)", () => {
    expect(() => react(stored(showCancelled()), { now: NOW })).toThrow(/seats state/);
  });
});

describe("an overdue booking (hold deadlines)", () => {
  const seatsOf = (...events: SeatsEvent[]) => fold(seatsDecider.evolve, seatsDecider.initialState, [...onSale("A-1", "A-2"), ...events]);
  const overdue = { bookingId: BOOKING, showId: SHOW, expiresAt: HOLD_ENDS };

  it("releases a hold past its deadline, keyed by booking and deadline", () => {
    expect(expiryOf(overdue, seatsOf(seatsHeld(BOOKING, ["A-1"])), LATER)).toEqual([
      {
        decider: "seats",
        streamId: `seats-${SHOW}`,
        commandId: `expire:${BOOKING}:${HOLD_ENDS}`,
        command: { type: "ReleaseHold", showId: SHOW, bookingId: BOOKING, reason: "expired" },
      },
    ]);
  });

  it("leaves a hold alone that was extended since the read side looked", () => {
    const extended = seatsOf(seatsHeld(BOOKING, ["A-1"]), holdExtended(BOOKING, ["A-1"], "2030-01-01T13:00:00.000Z"));
    expect(expiryOf(overdue, extended, LATER)).toEqual([]);
  });

  it("leaves seats alone that a checkout booked in time, while its confirmation may still be on its way", () => {
    const justAfter = new Date(Date.parse(HOLD_ENDS) + INTERRUPTED_CHECKOUT_GRACE_MS - 1).toISOString();
    expect(expiryOf(overdue, seatsOf(seatsHeld(BOOKING, ["A-1"]), seatsBooked(BOOKING, ["A-1"])), justAfter)).toEqual([]);
  });

  it("expires a booking whose checkout booked the seats and stopped before confirming", () => {
    expect(expiryOf(overdue, seatsOf(seatsHeld(BOOKING, ["A-1"]), seatsBooked(BOOKING, ["A-1"])), LATER)).toEqual([
      {
        decider: "booking",
        streamId: `booking-${BOOKING}`,
        commandId: `expire-booking:${BOOKING}:${HOLD_ENDS}`,
        command: { type: "ExpireBooking", bookingId: BOOKING, now: LATER },
      },
    ]);
  });

  it("expires the booking itself when its hold is already gone", () => {
    const released = seatsOf(seatsHeld(BOOKING, ["A-1"]), holdReleased(BOOKING, ["A-1"], "expired"));
    expect(expiryOf(overdue, released, LATER)).toEqual([
      {
        decider: "booking",
        streamId: `booking-${BOOKING}`,
        commandId: `expire-booking:${BOOKING}:${HOLD_ENDS}`,
        command: { type: "ExpireBooking", bookingId: BOOKING, now: LATER },
      },
    ]);
  });
});
