import { describe, expect, it } from "vitest";
import { bookingDecider, type BookingCommand, type BookingEvent, type BookingState } from "./booking";
import { fold } from "./decider";
import { isDomainError } from "./errors";
import {
  authorizePayment,
  bookedSeat,
  BOOKED_SEATS,
  bookingCancelled,
  bookingConfirmed,
  bookingExpired,
  bookingHeld,
  bookingHoldExtended,
  bookingStarted,
  cancelBooking,
  confirmBooking,
  confirmationLinkResent,
  confirmedBooking,
  EARLIER,
  expireBooking,
  extendBookingHold,
  failPayment,
  heldBooking,
  HOLD_ENDS,
  issueRefund,
  LATER,
  MUCH_LATER,
  NOW,
  paidBooking,
  paymentAuthorized,
  paymentDeclined,
  paymentFailed,
  paymentTimedOut,
  refundIssued,
  resendConfirmationLink,
  startBooking,
  TOTAL,
} from "../testing/domain-fixtures";
import { specFor } from "../testing/decider-spec";

const { given } = specFor(bookingDecider);

/** The ways a booking can end before it is confirmed. */
const ended: Array<[string, BookingEvent[]]> = [
  ["payment failed (before payments could be retried)", [...heldBooking(), paymentFailed()]],
  ["expired", [...heldBooking(), bookingExpired()]],
  ["cancelled", [...heldBooking(), bookingCancelled({ seatIds: ["A-1", "A-2"], refundDueCents: 0, complete: true })]],
];

describe("StartBooking", () => {
  it("starts the booking and holds it, totalling the seat prices", () => {
    given()
      .when(startBooking([bookedSeat("A-1", 5_000), bookedSeat("A-2", 3_000), bookedSeat("A-3", 0)], HOLD_ENDS))
      .then([
        {
          type: "BookingStarted",
          bookingId: "b1",
          showId: "show1",
          customerId: "c1",
          seats: [bookedSeat("A-1", 5_000), bookedSeat("A-2", 3_000), bookedSeat("A-3", 0)],
          totalCents: 8_000,
          currency: "EUR",
        },
        bookingHeld(HOLD_ENDS),
      ]);
  });

  it("refuses a booking that already exists", () => {
    given(...heldBooking()).when(startBooking()).thenThrows("BOOKING_ALREADY_EXISTS");
  });

  it("refuses a booking without seats", () => {
    given().when(startBooking([])).thenThrows("INVALID_COMMAND");
  });

  it("refuses a seat named twice, which would be charged twice", () => {
    given()
      .when(startBooking([bookedSeat("A-1"), bookedSeat("A-2"), bookedSeat("A-1")]))
      .thenThrows("DUPLICATE_SEATS", { seatIds: ["A-1"] });
  });

  it.each([-100, 12.5, Number.NaN])("refuses a seat priced %s", (priceCents) => {
    given().when(startBooking([bookedSeat("A-1"), bookedSeat("A-2", priceCents)])).thenThrows("INVALID_COMMAND");
  });

  it("refuses a hold deadline that is not a time, which would never expire", () => {
    given().when(startBooking(BOOKED_SEATS, "in ten minutes")).thenThrows("INVALID_COMMAND");
  });
});

describe("ExtendBookingHold", () => {
  it("extends a live hold", () => {
    given(...heldBooking()).when(extendBookingHold(LATER)).then([bookingHoldExtended(LATER)]);
  });

  it("extends only once", () => {
    given(...heldBooking(), bookingHoldExtended(LATER))
      .when(extendBookingHold(MUCH_LATER))
      .thenThrows("EXTENSION_ALREADY_USED");
  });

  it.each([
    ["at", HOLD_ENDS],
    ["after", LATER],
  ])("refuses %s the deadline, naming the seats", (_, now) => {
    given(...heldBooking()).when(extendBookingHold(MUCH_LATER, now)).thenThrows("HOLD_EXPIRED", { seatIds: ["A-1", "A-2"] });
  });

  it.each([
    ["earlier than", EARLIER],
    ["at the same time as", HOLD_ENDS],
    ["at no valid time instead of", "later"],
  ])("refuses an extension that ends %s the hold", (_, expiresAt) => {
    given(...heldBooking()).when(extendBookingHold(expiresAt)).thenThrows("INVALID_COMMAND");
  });

  it("refuses a confirmed booking", () => {
    given(...confirmedBooking()).when(extendBookingHold(LATER)).thenThrows("BOOKING_NOT_HELD");
  });

  it.each(ended)("refuses a booking whose %s", (_, history) => {
    given(...history).when(extendBookingHold(LATER)).thenThrows("BOOKING_NOT_HELD");
  });

  it("refuses a booking that does not exist", () => {
    given().when(extendBookingHold(LATER)).thenThrows("BOOKING_NOT_FOUND");
  });
});

describe("AuthorizePayment", () => {
  it("authorizes a payment of the total", () => {
    given(...heldBooking()).when(authorizePayment(TOTAL)).then([paymentAuthorized(TOTAL)]);
  });

  it.each([
    ["less", TOTAL - 1],
    ["more", TOTAL + 1],
  ])("refuses a payment of %s than the total", (_, amount) => {
    given(...heldBooking()).when(authorizePayment(amount)).thenThrows("PAYMENT_MISMATCH");
  });

  it.each([
    ["at", HOLD_ENDS],
    ["after", LATER],
  ])("refuses a payment %s the hold deadline", (_, now) => {
    given(...heldBooking()).when(authorizePayment(TOTAL, now)).thenThrows("HOLD_EXPIRED", { seatIds: ["A-1", "A-2"] });
  });

  it("accepts a payment within an extended hold", () => {
    given(...heldBooking(), bookingHoldExtended(MUCH_LATER))
      .when(authorizePayment(TOTAL, LATER))
      .then([paymentAuthorized(TOTAL)]);
  });

  it("does nothing the second time", () => {
    given(...paidBooking()).when(authorizePayment(TOTAL)).thenNothing();
  });

  it("authorizes another card after declined and timed-out attempts, numbering it after them", () => {
    given(...heldBooking(), paymentDeclined(1), paymentTimedOut(2))
      .when(authorizePayment(TOTAL, NOW, "pay3"))
      .then([paymentAuthorized(TOTAL, "pay3", 3)]);
  });

  it("still refuses a retry past the hold deadline", () => {
    given(...heldBooking(), paymentDeclined(1)).when(authorizePayment(TOTAL, HOLD_ENDS)).thenThrows("HOLD_EXPIRED");
  });

  it.each(ended)("refuses a booking whose %s", (_, history) => {
    given(...history).when(authorizePayment(TOTAL)).thenThrows("BOOKING_NOT_HELD");
  });

  it("refuses a booking that does not exist", () => {
    given().when(authorizePayment(TOTAL)).thenThrows("BOOKING_NOT_FOUND");
  });
});

describe("FailPayment", () => {
  it("records a declined card as an attempt and keeps the booking held", () => {
    given(...heldBooking())
      .when(failPayment("insufficient funds", "pay-a"))
      .then([paymentDeclined(1, "pay-a", "insufficient funds")]);
  });

  it("records a provider that did not answer in time as a timeout, not a decline", () => {
    given(...heldBooking())
      .when(failPayment("no answer in time", "pay-b", "timed_out"))
      .then([paymentTimedOut(1, "pay-b", "no answer in time")]);
  });

  it("numbers each further attempt after the ones before", () => {
    given(...heldBooking(), paymentDeclined(1), paymentTimedOut(2))
      .when(failPayment("card declined", "pay-c"))
      .then([paymentDeclined(3, "pay-c")]);
  });

  it("records the same failed attempt once", () => {
    given(...heldBooking(), paymentDeclined(1, "pay-a")).when(failPayment("card declined", "pay-a")).thenNothing();
  });

  it("keeps the hold: the booking can still be extended after a decline", () => {
    given(...heldBooking(), paymentDeclined(1)).when(extendBookingHold(MUCH_LATER)).then([bookingHoldExtended(MUCH_LATER)]);
  });

  it("does nothing once the card was authorized", () => {
    given(...paidBooking()).when(failPayment()).thenNothing();
  });

  it("does nothing once the booking is confirmed", () => {
    given(...confirmedBooking()).when(failPayment()).thenNothing();
  });

  it.each(ended)("does nothing once the booking %s", (_, history) => {
    given(...history).when(failPayment()).thenNothing();
  });

  it("refuses a booking that does not exist", () => {
    given().when(failPayment()).thenThrows("BOOKING_NOT_FOUND");
  });
});

describe("a payment failure from before retries (PaymentFailed)", () => {
  it("still ends the booking it was written for: it cannot be paid or extended", () => {
    given(...heldBooking(), paymentFailed()).when(authorizePayment(TOTAL)).thenThrows("BOOKING_NOT_HELD");
    given(...heldBooking(), paymentFailed()).when(extendBookingHold(MUCH_LATER)).thenThrows("BOOKING_NOT_HELD");
  });

  it("counts as the booking's first attempt", () => {
    const state = fold(bookingDecider.evolve, bookingDecider.initialState, [...heldBooking(), paymentFailed()]);
    expect(state).toMatchObject({ status: "payment_failed", paymentAttempts: 1 });
  });
});

describe("ConfirmBooking", () => {
  it("confirms a paid booking with its reference", () => {
    given(...paidBooking()).when(confirmBooking("REF-42")).then([bookingConfirmed("REF-42")]);
  });

  it("refuses a booking that has not been paid", () => {
    given(...heldBooking()).when(confirmBooking()).thenThrows("PAYMENT_MISSING");
  });

  it("does nothing the second time", () => {
    given(...confirmedBooking()).when(confirmBooking()).thenNothing();
  });

  it.each(ended)("refuses a booking whose %s", (_, history) => {
    given(...history).when(confirmBooking()).thenThrows("BOOKING_NOT_HELD");
  });

  it("refuses a booking that does not exist", () => {
    given().when(confirmBooking()).thenThrows("BOOKING_NOT_FOUND");
  });
});

describe("ExpireBooking", () => {
  it.each([
    ["at", HOLD_ENDS],
    ["after", LATER],
  ])("expires a held booking %s its deadline", (_, now) => {
    given(...heldBooking()).when(expireBooking(now)).then([bookingExpired()]);
  });

  it("refuses before the deadline", () => {
    given(...heldBooking()).when(expireBooking(NOW)).thenThrows("HOLD_NOT_EXPIRED");
  });

  it("keeps an extended hold past its original deadline", () => {
    given(...heldBooking(), bookingHoldExtended(MUCH_LATER)).when(expireBooking(LATER)).thenThrows("HOLD_NOT_EXPIRED");
  });

  it("expires an extended hold at its new deadline", () => {
    given(...heldBooking(), bookingHoldExtended(MUCH_LATER)).when(expireBooking(MUCH_LATER)).then([bookingExpired()]);
  });

  it("expires a paid booking that was not confirmed in time", () => {
    given(...paidBooking()).when(expireBooking(LATER)).then([bookingExpired()]);
  });

  it("does nothing once the booking is confirmed", () => {
    given(...confirmedBooking()).when(expireBooking(LATER)).thenNothing();
  });

  it.each(ended)("does nothing once the booking %s", (_, history) => {
    given(...history).when(expireBooking(LATER)).thenNothing();
  });

  it("refuses a booking that does not exist", () => {
    given().when(expireBooking(LATER)).thenThrows("BOOKING_NOT_FOUND");
  });
});

describe("CancelBooking", () => {
  it("cancels a held booking whole, with nothing to refund", () => {
    given(...heldBooking())
      .when(cancelBooking({ reason: "abandoned" }))
      .then([bookingCancelled({ seatIds: ["A-1", "A-2"], refundDueCents: 0, complete: true, reason: "abandoned" })]);
  });

  it("owes back the whole payment when a paid but unconfirmed booking is cancelled", () => {
    given(...paidBooking())
      .when(cancelBooking())
      .then([bookingCancelled({ seatIds: ["A-1", "A-2"], refundDueCents: 8000, complete: true })]);
  });

  it("accepts a held booking's seats named in full", () => {
    given(...heldBooking())
      .when(cancelBooking({ seatIds: ["A-2", "A-1"] }))
      .then([bookingCancelled({ seatIds: ["A-2", "A-1"], refundDueCents: 0, complete: true })]);
  });

  it("refuses to cancel part of a held booking: a hold is released whole", () => {
    given(...heldBooking()).when(cancelBooking({ seatIds: ["A-1"] })).thenThrows("INVALID_COMMAND");
  });

  it("cancels a confirmed booking whole, owing what the seats were paid for", () => {
    given(...confirmedBooking())
      .when(cancelBooking({ reason: "show_cancelled", by: "staff:ops" }))
      .then([
        bookingCancelled({
          seatIds: ["A-1", "A-2"],
          refundDueCents: TOTAL,
          complete: true,
          reason: "show_cancelled",
          by: "staff:ops",
        }),
      ]);
  });

  it("cancels some seats of a confirmed booking, owing their prices only", () => {
    given(...confirmedBooking())
      .when(cancelBooking({ seatIds: ["A-2"] }))
      .then([bookingCancelled({ seatIds: ["A-2"], refundDueCents: 3_000, complete: false })]);
  });

  it("cancels what is left after a partial cancellation", () => {
    given(...confirmedBooking(), bookingCancelled({ seatIds: ["A-2"], refundDueCents: 3_000, complete: false }))
      .when(cancelBooking({ reason: "cancelled_by_staff", by: "staff:ops" }))
      .then([
        bookingCancelled({
          seatIds: ["A-1"],
          refundDueCents: 5_000,
          complete: true,
          reason: "cancelled_by_staff",
          by: "staff:ops",
        }),
      ]);
  });

  it("refuses seats that are not in the booking, or no longer, naming them", () => {
    given(...confirmedBooking(), bookingCancelled({ seatIds: ["A-2"], refundDueCents: 3_000, complete: false }))
      .when(cancelBooking({ seatIds: ["A-1", "A-2", "B-7"] }))
      .thenThrows("SEATS_NOT_IN_BOOKING", { seatIds: ["A-2", "B-7"] });
  });

  it("refuses an empty seat list", () => {
    given(...confirmedBooking()).when(cancelBooking({ seatIds: [] })).thenThrows("INVALID_COMMAND");
  });

  it("refuses a seat named twice, which would pass for a complete cancellation", () => {
    given(...confirmedBooking())
      .when(cancelBooking({ seatIds: ["A-1", "A-1"] }))
      .thenThrows("DUPLICATE_SEATS", { seatIds: ["A-1"] });
  });

  it("does nothing the second time", () => {
    given(...confirmedBooking(), bookingCancelled({ seatIds: ["A-1", "A-2"], refundDueCents: TOTAL, complete: true }))
      .when(cancelBooking())
      .thenNothing();
  });

  it.each(ended)("does nothing once the booking %s", (_, history) => {
    given(...history).when(cancelBooking()).thenNothing();
  });

  it("refuses a booking that does not exist", () => {
    given().when(cancelBooking()).thenThrows("BOOKING_NOT_FOUND");
  });
});

describe("IssueRefund", () => {
  const cancelled = [
    ...confirmedBooking(),
    bookingCancelled({ seatIds: ["A-1", "A-2"], refundDueCents: TOTAL, complete: true }),
  ];

  it("refunds against the payment", () => {
    given(...cancelled).when(issueRefund(TOTAL)).then([refundIssued(TOTAL, "pay1")]);
  });

  it("refunds in parts, up to what was paid", () => {
    given(...cancelled, refundIssued(3_000)).when(issueRefund(5_000)).then([refundIssued(5_000)]);
  });

  it("refuses to refund more than was paid", () => {
    given(...cancelled).when(issueRefund(TOTAL + 1)).thenThrows("REFUND_TOO_LARGE");
  });

  it("refuses to refund more than is left after earlier refunds", () => {
    given(...cancelled, refundIssued(3_000)).when(issueRefund(5_001)).thenThrows("REFUND_TOO_LARGE");
  });

  it("refuses a refund when nothing was paid", () => {
    given(...heldBooking()).when(issueRefund(100)).thenThrows("PAYMENT_MISSING");
  });

  it.each([0, -100, 12.5])("refuses a refund of %s cents", (amount) => {
    given(...cancelled).when(issueRefund(amount)).thenThrows("INVALID_COMMAND");
  });

  it("refuses a booking that does not exist", () => {
    given().when(issueRefund(100)).thenThrows("BOOKING_NOT_FOUND");
  });
});

describe("snapshots", () => {
  const histories: Array<[string, BookingEvent[]]> = [
    ["nothing", []],
    ["a held booking", heldBooking()],
    ["an extended, paid booking", [...heldBooking(), bookingHoldExtended(MUCH_LATER), paymentAuthorized()]],
    ["a held booking after a declined card and a timeout", [...heldBooking(), paymentDeclined(1), paymentTimedOut(2)]],
    [
      "a confirmed booking, partly cancelled and refunded",
      [
        ...confirmedBooking(),
        bookingCancelled({ seatIds: ["A-2"], refundDueCents: 3_000, complete: false }),
        refundIssued(3_000),
      ],
    ],
    ...ended,
  ];
  const commands: BookingCommand[] = [
    startBooking(),
    extendBookingHold(MUCH_LATER),
    extendBookingHold(MUCH_LATER, LATER),
    authorizePayment(TOTAL),
    authorizePayment(TOTAL, LATER),
    failPayment(),
    failPayment("card declined", "pay-declined-1"),
    failPayment("no answer", "pay-x", "timed_out"),
    confirmBooking(),
    expireBooking(NOW),
    expireBooking(LATER),
    cancelBooking(),
    cancelBooking({ seatIds: ["A-1"] }),
    issueRefund(3_000),
    issueRefund(5_000),
    issueRefund(5_001),
  ];
  const decideOn = (state: BookingState, command: BookingCommand) => {
    try {
      return bookingDecider.decide(command, state);
    } catch (error) {
      return isDomainError(error) ? { code: error.code, details: error.details } : error;
    }
  };

  it.each(histories)("restores %s from a JSON snapshot that decides as the folded state does", (_, history) => {
    const folded = fold(bookingDecider.evolve, bookingDecider.initialState, history);
    const restored = bookingDecider.fromSnapshot(JSON.parse(JSON.stringify(bookingDecider.toSnapshot(folded))));

    expect(restored).toEqual(folded);
    for (const command of commands) expect(decideOn(restored, command)).toEqual(decideOn(folded, command));
  });

  it("keeps folding events onto a restored state", () => {
    const history = [...confirmedBooking(), bookingCancelled({ seatIds: ["A-2"], refundDueCents: 3_000, complete: false })];
    const restored = bookingDecider.fromSnapshot(
      JSON.parse(JSON.stringify(bookingDecider.toSnapshot(fold(bookingDecider.evolve, bookingDecider.initialState, history.slice(0, 2))))),
    );
    expect(fold(bookingDecider.evolve, restored, history.slice(2))).toEqual(
      fold(bookingDecider.evolve, bookingDecider.initialState, history),
    );
  });
});

describe("ResendConfirmationLink", () => {
  it("records that the box office gave a confirmed booking's link again, naming its reference and who did it", () => {
    given(...confirmedBooking()).when(resendConfirmationLink("staff:Kim")).then([confirmationLinkResent("staff:Kim", "REF-0001")]);
  });

  it("may be repeated: each resend is its own record", () => {
    given(...confirmedBooking(), confirmationLinkResent()).when(resendConfirmationLink()).then([confirmationLinkResent()]);
  });

  it.each<[string, BookingEvent[]]>([
    ["held", heldBooking()],
    ["paid but not confirmed", paidBooking()],
    ["wholly cancelled", [...confirmedBooking(), bookingCancelled({ seatIds: ["A-1", "A-2"], refundDueCents: TOTAL, complete: true })]],
  ])("is refused for a booking that is %s", (_, history) => {
    given(...history).when(resendConfirmationLink()).thenThrows("BOOKING_NOT_CONFIRMED");
  });

  it("changes nothing in the booking's state", () => {
    const before = fold(bookingDecider.evolve, bookingDecider.initialState, confirmedBooking());
    expect(bookingDecider.evolve(before, confirmationLinkResent())).toEqual(before);
  });
});

it("starts from the default seats: A-1 at 50.00 and A-2 at 30.00", () => {
  expect(bookingStarted()).toMatchObject({ seats: BOOKED_SEATS, totalCents: TOTAL });
  expect(TOTAL).toBe(8_000);
});
