// Given a stored domain event, then the public integration event it becomes (or none), valid by its contract.
import { describe, expect, it } from "vitest";
import { referenceOf } from "../booking-reference";
import type { DomainEvent } from "../domain/events";
import type { StoredEvent } from "../eventstore/types";
import { contracts, subjectOf } from "./contracts";
import { integrationEventOf } from "./public-events";

const at = "2026-12-03T09:00:00.000Z";
const stored = (event: DomainEvent, position = 42): StoredEvent<DomainEvent> => ({
  position,
  streamId: "x",
  category: "x",
  version: 1,
  schemaVersion: 1,
  event,
  metadata: { commandId: null, correlationId: "c", causationId: null, actor: "staff:test", occurredAt: at },
});

describe("public integration events", () => {
  it("given a show published, then show.published v1 on the show's subject", () => {
    const event = integrationEventOf(stored({ type: "ShowPublished", showId: "hamlet" }));
    expect(event).toEqual({ contract: "show.published", version: 1, position: 42, data: { showId: "hamlet", publishedAt: at } });
    expect(subjectOf(event as NonNullable<typeof event>)).toBe("seatwise.show.published.hamlet");
  });

  it("given a show rescheduled or cancelled, then its contract", () => {
    expect(integrationEventOf(stored({ type: "ShowRescheduled", showId: "h", startsAt: "2027-01-02T19:00:00.000Z", previousStartsAt: "2027-01-01T19:00:00.000Z" }))?.data).toEqual({
      showId: "h",
      startsAt: "2027-01-02T19:00:00.000Z",
      previousStartsAt: "2027-01-01T19:00:00.000Z",
      rescheduledAt: at,
    });
    expect(integrationEventOf(stored({ type: "ShowCancelled", showId: "h", reason: "Storm" }))?.contract).toBe("show.cancelled");
  });

  it("given a booking confirmed, then booking.confirmed with its reference and total, and no customer details", () => {
    const event = integrationEventOf(
      stored({ type: "BookingConfirmed", bookingId: "b1", showId: "h", reference: "Z2NB-JF12", customerName: "Ada", customerEmail: "ada@example.com", totalCents: 9000 }),
    );
    expect(event?.data).toEqual({ showId: "h", reference: "Z2NB-JF12", totalCents: 9000, confirmedAt: at });
    expect(JSON.stringify(event)).not.toContain("ada@example.com");
  });

  it("given seats of a booking cancelled, then booking.cancelled with the refund; an abandoned hold is not published", () => {
    const cancelled = { type: "BookingCancelled" as const, bookingId: "b1", showId: "h", seatIds: ["A-1"], refundDueCents: 4500, by: "customer:c", complete: false };
    expect(integrationEventOf(stored({ ...cancelled, reason: "cancelled_by_customer" }))?.data).toEqual({
      showId: "h",
      reference: referenceOf("b1"),
      seatIds: ["A-1"],
      refundCents: 4500,
      reason: "cancelled_by_customer",
      wholeBooking: false,
      cancelledAt: at,
    });
    expect(integrationEventOf(stored({ ...cancelled, reason: "abandoned", refundDueCents: 0 }))).toBeNull();
  });

  it("given an internal event (a hold, a payment attempt), then nothing is published", () => {
    expect(integrationEventOf(stored({ type: "SalesOpened", showId: "h" } as DomainEvent))).toBeNull();
    expect(integrationEventOf(stored({ type: "BookingExpired", bookingId: "b1" }))).toBeNull();
  });

  it("every published event is valid by its own contract's schema", () => {
    const events: DomainEvent[] = [
      { type: "ShowPublished", showId: "h" },
      { type: "ShowCancelled", showId: "h", reason: "r" },
      { type: "BookingConfirmed", bookingId: "b1", showId: "h", reference: "Z2NB-JF12", customerName: "A", customerEmail: "a@example.com", totalCents: 1 },
    ];
    for (const domain of events) {
      const event = integrationEventOf(stored(domain));
      if (!event) throw new Error(`${domain.type} published nothing`);
      expect(contracts[event.contract].data.safeParse(event.data).success).toBe(true);
    }
  });
});
