// Which domain events become public integration events, and how: a pure mapping from the stored event
// (the event and its metadata) to its contract, or null for what stays inside.
import { referenceOf } from "../booking-reference";
import type { DomainEvent } from "../domain/events";
import type { StoredEvent } from "../eventstore/types";
import { contracts, type ContractName, type IntegrationEvent } from "./contracts";

function make<N extends ContractName>(contract: N, position: number, data: IntegrationEvent<N>["data"]): IntegrationEvent<N> {
  return { contract, version: contracts[contract].version, position, data };
}

export function integrationEventOf(stored: StoredEvent<DomainEvent>): IntegrationEvent | null {
  const { event, position } = stored;
  const at = stored.metadata.occurredAt;
  switch (event.type) {
    case "ShowPublished":
      return make("show.published", position, { showId: event.showId, publishedAt: at });
    case "ShowRescheduled":
      return make("show.rescheduled", position, { showId: event.showId, startsAt: event.startsAt, previousStartsAt: event.previousStartsAt, rescheduledAt: at });
    case "ShowCancelled":
      return make("show.cancelled", position, { showId: event.showId, reason: event.reason, cancelledAt: at });
    case "BookingConfirmed":
      return make("booking.confirmed", position, { showId: event.showId, reference: event.reference, totalCents: event.totalCents, confirmedAt: at });
    case "BookingCancelled":
      // An abandoned hold (nothing confirmed) is not news outside: only cancellations of seats that were the customer's.
      if (event.reason === "abandoned") return null;
      return make("booking.cancelled", position, {
        showId: event.showId,
        reference: referenceOf(event.bookingId),
        seatIds: event.seatIds,
        refundCents: event.refundDueCents,
        reason: event.reason,
        wholeBooking: event.complete,
        cancelledAt: at,
      });
    default:
      return null;
  }
}

/** The domain event types the feed reads (the relay's subscription filter). */
export const feedSourceTypes = ["ShowPublished", "ShowRescheduled", "ShowCancelled", "BookingConfirmed", "BookingCancelled"] as const;
