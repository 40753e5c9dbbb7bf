// The safety check, from the event log rather than from any state the writer kept: replay the seats
// stream through the store and count seats that were held or booked while another booking owned them.
import type { SeatsEvent } from "../lib/domain/seats";
import type { EventStore } from "../lib/eventstore/store";

const PAGE = 5000;

export interface LogCheck {
  /** Seats held or booked by a booking while another one still owned them. */
  doubleBooked: number;
  seatsHeldEvents: number;
  eventsRead: number;
}

export async function checkDoubleBooking(store: EventStore, streamId: string): Promise<LogCheck> {
  const owner = new Map<string, string>();
  const doubled = new Set<string>();
  let seatsHeldEvents = 0;
  let eventsRead = 0;

  const claim = (seatIds: string[], bookingId: string) => {
    for (const seatId of seatIds) {
      const current = owner.get(seatId);
      if (current !== undefined && current !== bookingId) doubled.add(seatId);
      owner.set(seatId, bookingId);
    }
  };
  const free = (seatIds: string[], bookingId: string) => {
    for (const seatId of seatIds) if (owner.get(seatId) === bookingId) owner.delete(seatId);
  };

  for (let fromVersion = 1; ; fromVersion += PAGE) {
    const page = await store.readStream(streamId, { fromVersion, limit: PAGE });
    for (const { event } of page) {
      const e = event as SeatsEvent;
      switch (e.type) {
        case "SeatsHeld":
          seatsHeldEvents += 1;
          claim(e.seatIds, e.bookingId);
          break;
        case "SeatsBooked":
          claim(e.seatIds, e.bookingId);
          break;
        case "HoldReleased":
        case "BookedSeatsReleased":
          free(e.seatIds, e.bookingId);
          break;
        default:
          break;
      }
    }
    eventsRead += page.length;
    if (page.length < PAGE) break;
  }
  return { doubleBooked: doubled.size, seatsHeldEvents, eventsRead };
}
