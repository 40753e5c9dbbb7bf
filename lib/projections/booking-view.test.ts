// BookingView's fold for payment attempts, and bookings from before attempts existed (their stored
// events read through the catalogue's upcasters, as the store reads them).
import { describe, expect, it } from "vitest";
import type { BookingView } from "../db/generated/sqlite";
import type { DomainEvent } from "../domain/events";
import type { StoredEvent } from "../eventstore/types";
import { catalogueUpcasters } from "../commands/catalogue-upcasters";
import {
  BOOKING,
  bookingConfirmed,
  bookingHoldExtended,
  heldBooking,
  LATER,
  paymentAuthorized,
  paymentDeclined,
  paymentTimedOut,
} from "../testing/domain-fixtures";
import { bookingView } from "./booking-view";

const stored = (event: DomainEvent, position: number): StoredEvent<DomainEvent> => ({
  position,
  streamId: `booking-${BOOKING}`,
  category: "booking",
  version: position,
  schemaVersion: 1,
  event,
  metadata: { commandId: `c${position}`, correlationId: `c${position}`, causationId: null, actor: "test", occurredAt: "2030-01-01T12:00:00.000Z" },
});

const fold = (events: DomainEvent[]) =>
  events.reduce<BookingView | undefined>((row, event, i) => bookingView.apply(row, BOOKING, stored(event, i + 1)) ?? row, undefined);

describe("BookingView", () => {
  it("keeps a booking held through declined and timed-out attempts, saying how the last one failed", () => {
    expect(fold([...heldBooking(), paymentDeclined(1)])).toMatchObject({ status: "held", paymentAttempts: 1, lastPaymentFailure: "declined" });
    expect(fold([...heldBooking(), paymentDeclined(1), paymentTimedOut(2)])).toMatchObject({
      status: "held",
      paymentAttempts: 2,
      lastPaymentFailure: "timed_out",
    });
  });

  it("forgets the failure once a card is authorized, and counts that attempt too", () => {
    const row = fold([...heldBooking(), paymentDeclined(1), paymentAuthorized(undefined, "pay2", 2), bookingConfirmed()]);
    expect(row).toMatchObject({ status: "confirmed", paymentAttempts: 2, lastPaymentFailure: null, holdExpiresAt: null });
  });

  it("counts the hold's extension", () => {
    expect(fold(heldBooking())?.holdExtensions).toBe(0);
    expect(fold([...heldBooking(), bookingHoldExtended(LATER)])).toMatchObject({ holdExtensions: 1, holdExpiresAt: new Date(LATER) });
  });

  it("reads a payment failure from before retries as its booking's first, ending attempt", () => {
    const upcasters = catalogueUpcasters((id) => `c_${id}`);
    // As written then: schema version 1, no attempt number.
    const old = upcasters.upcast("PaymentFailed", 1, { bookingId: BOOKING, paymentId: "pay-old", reason: "The card was declined" });
    expect(old).toEqual({ schemaVersion: 2, data: { attempt: 1, bookingId: BOOKING, paymentId: "pay-old", reason: "The card was declined" } });
    const row = fold([...heldBooking(), { type: "PaymentFailed", ...(old.data as { bookingId: string; paymentId: string; reason: string; attempt: number }) }]);
    expect(row).toMatchObject({ status: "payment_failed", holdExpiresAt: null, paymentAttempts: 1 });
    expect(upcasters.upcast("PaymentAuthorized", 1, { bookingId: BOOKING, paymentId: "p", amountCents: 1, cardLast4: "4242" }).data).toMatchObject({
      attempt: 1,
    });
  });
});
