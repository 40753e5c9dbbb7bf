// A long, coherent history of one big seat map for the replay benchmark: one SeatsAdded per section,
// SalesOpened, then bookings cycling hold -> released, or hold -> booked -> cancelled, so seats are
// reused again and again and every event is one the seats decider could have emitted. It also counts
// where each seat ends up, so the rebuilt seat view can be checked.
import type { SeatSpec, SeatsEvent } from "../lib/domain/seats";
import { bySection } from "./seat-map";
import { randomInt, type Random } from "./random";

/** Bookings open at once: enough to spread each batch over many seat rows, few enough to keep seats free. */
const MAX_IN_FLIGHT = 2000;
const STEP_MS = 10;
const HOLD_MS = 15 * 60_000;

interface Booking {
  id: string;
  seatIds: string[];
  status: "held" | "booked";
}

/** A FIFO without Array.shift's O(n) cost. */
class Queue<T> {
  private items: T[] = [];
  private head = 0;
  get size(): number {
    return this.items.length - this.head;
  }
  push(item: T): void {
    this.items.push(item);
  }
  shift(): T {
    const item = this.items[this.head++] as T;
    if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

export interface TimedEvent {
  event: SeatsEvent;
  occurredAt: Date;
}

export type SeatTally = Record<"available" | "held" | "booked", number>;

export class ReplayLog {
  private readonly opening: SeatsEvent[];
  private readonly free = new Queue<string[]>();
  private readonly inFlight = new Queue<Booking>();
  private emitted = 0;
  private bookings = 0;
  readonly tally: SeatTally;

  constructor(
    private readonly showId: string,
    seats: SeatSpec[],
    private readonly random: Random,
    private readonly startsAt = new Date("2026-01-01T10:00:00.000Z"),
  ) {
    this.opening = [
      ...bySection(seats).map((section): SeatsEvent => ({ type: "SeatsAdded", showId, currency: "EUR", seats: section })),
      { type: "SalesOpened", showId },
    ];
    // Neighbouring seats of 1-4, as people book them.
    for (let i = 0; i < seats.length; ) {
      const size = randomInt(random, 1, 4);
      this.free.push(seats.slice(i, i + size).map((s) => s.seatId));
      i += size;
    }
    this.tally = { available: seats.length, held: 0, booked: 0 };
  }

  next(): TimedEvent {
    const occurredAt = new Date(this.startsAt.getTime() + this.emitted * STEP_MS);
    this.emitted += 1;
    return { event: this.opening.shift() ?? this.decide(occurredAt), occurredAt };
  }

  private decide(now: Date): SeatsEvent {
    const canStart = this.free.size > 0 && this.inFlight.size < MAX_IN_FLIGHT;
    if (canStart && (this.inFlight.size === 0 || this.random() < 0.5)) return this.hold(now);
    const booking = this.inFlight.shift();
    const { id: bookingId, seatIds } = booking;
    const n = seatIds.length;
    if (booking.status === "booked") {
      this.release(seatIds, "booked");
      return { type: "BookedSeatsReleased", showId: this.showId, bookingId, seatIds, reason: "cancelled_by_customer" };
    }
    if (this.random() < 0.6) {
      this.inFlight.push({ ...booking, status: "booked" });
      this.tally.held -= n;
      this.tally.booked += n;
      return { type: "SeatsBooked", showId: this.showId, bookingId, seatIds };
    }
    this.release(seatIds, "held");
    return { type: "HoldReleased", showId: this.showId, bookingId, seatIds, reason: "expired" };
  }

  private hold(now: Date): SeatsEvent {
    const seatIds = this.free.shift();
    const bookingId = `replay${(this.bookings += 1)}`;
    this.inFlight.push({ id: bookingId, seatIds, status: "held" });
    this.tally.available -= seatIds.length;
    this.tally.held += seatIds.length;
    const expiresAt = new Date(now.getTime() + HOLD_MS).toISOString();
    return { type: "SeatsHeld", showId: this.showId, bookingId, seatIds, expiresAt };
  }

  private release(seatIds: string[], from: "held" | "booked"): void {
    this.free.push(seatIds);
    this.tally[from] -= seatIds.length;
    this.tally.available += seatIds.length;
  }
}
