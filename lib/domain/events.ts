// The event catalogue: every domain event type, by stream category.
import type { BookingEvent } from "./booking";
import type { SeatsEvent } from "./seats";
import type { ShowEvent } from "./show";

export type DomainEvent = ShowEvent | SeatsEvent | BookingEvent;
export type DomainEventType = DomainEvent["type"];

export const eventTypesByCategory = {
  show: ["ShowScheduled", "ShowRescheduled", "ShowPublished", "ShowCancelled"],
  seats: ["SeatsAdded", "SalesOpened", "SalesClosed", "SeatsRemoved", "SeatingLayoutSet", "SeatsHeld", "HoldExtended", "HoldReleased", "SeatsBooked", "BookedSeatsReleased"],
  booking: [
    "BookingStarted",
    "BookingHeld",
    "BookingHoldExtended",
    "PaymentAuthorized",
    "PaymentDeclined",
    "PaymentTimedOut",
    "PaymentFailed",
    "BookingConfirmed",
    "BookingExpired",
    "BookingCancelled",
    "RefundIssued",
    "ConfirmationLinkResent",
  ],
} as const satisfies Record<string, readonly DomainEventType[]>;

export type StreamCategory = keyof typeof eventTypesByCategory;
export const allEventTypes: readonly DomainEventType[] = Object.values(eventTypesByCategory).flat();
