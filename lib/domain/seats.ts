// The seat-availability aggregate (stream `seats-<showId>`): the consistency boundary that keeps two
// bookings from ever getting the same seat. Pure: no I/O, no clock; `now` arrives inside commands.
import { Map as ImmutableMap } from "immutable";
import type { Decider } from "./decider";
import { DomainError, duplicateSeats, invalidCommand, seatsUnavailable, unknownSeats } from "./errors";
import { layoutProblem, type VenueLayout } from "./venue-layout";
import { seatNames } from "./seat-names";
import { MAX_SEATS_PER_HOLD } from "./hold-limit";

export { MAX_SEATS_PER_HOLD };
/** The default of MAX_SEATS_PER_CUSTOMER: seats one customer may hold or have booked at one show at once. */
export const DEFAULT_MAX_SEATS_PER_CUSTOMER = 10;

export interface SeatSpec {
  seatId: string;
  section: string;
  row: string;
  number: number;
  tier: string;
  priceCents: number;
}

export type SeatStatus = "available" | "held" | "booked" | "removed";
export type HoldReleaseReason = "expired" | "abandoned" | "payment_failed" | "show_cancelled";
/** "checkout_interrupted": a checkout booked the seats and stopped before confirming (see expiryOf). */
export type BookedSeatsReleaseReason = "cancelled_by_customer" | "cancelled_by_staff" | "show_cancelled" | "checkout_interrupted";

export interface Seat extends SeatSpec {
  status: SeatStatus;
  bookingId: string | null;
}

export interface Hold {
  seatIds: string[];
  expiresAt: string;
}

export interface SeatsState {
  showId: string | null;
  currency: string;
  /** Holds are taken only while the show is on sale (published, not cancelled). */
  onSale: boolean;
  /** Immutable maps: evolve costs O(log n) per seat, not a copy of a 5,000-seat map. */
  seats: ImmutableMap<string, Seat>;
  holds: ImmutableMap<string, Hold>;
  booked: ImmutableMap<string, string[]>;
  /** The customer (a pseudonym) behind each held or booked booking; holds recorded before customers were named have none. */
  holders: ImmutableMap<string, string>;
  /** Seats held or booked per customer: the fair-use limit reads this instead of walking every hold. */
  seatsByCustomer: ImmutableMap<string, number>;
}

export type SeatsCommand =
  | { type: "AddSeats"; showId: string; currency: string; seats: SeatSpec[] }
  | { type: "OpenSales"; showId: string }
  | { type: "CloseSales"; showId: string; reason: string }
  | { type: "RemoveSeats"; showId: string; seatIds: string[] }
  | { type: "SetSeatingLayout"; showId: string; layout: VenueLayout }
  | {
      type: "HoldSeats";
      showId: string;
      bookingId: string;
      /** Who holds: a pseudonym, never a cookie value. */
      customerId: string;
      seatIds: string[];
      expiresAt: string;
      now: string;
      /** The fair-use limit: seats this customer may hold or have booked at this show at once. */
      maxSeatsPerCustomer: number;
    }
  | { type: "ExtendHold"; showId: string; bookingId: string; expiresAt: string; now: string }
  | { type: "ReleaseHold"; showId: string; bookingId: string; reason: HoldReleaseReason }
  | { type: "CommitHold"; showId: string; bookingId: string; now: string }
  | {
      type: "ReleaseBookedSeats";
      showId: string;
      bookingId: string;
      /** Omitted: every seat the booking still has. */
      seatIds?: string[];
      reason: BookedSeatsReleaseReason;
    };

export type SeatsEvent =
  | { type: "SeatsAdded"; showId: string; currency: string; seats: SeatSpec[] }
  | { type: "SalesOpened"; showId: string }
  | { type: "SalesClosed"; showId: string; reason: string }
  | { type: "SeatsRemoved"; showId: string; seatIds: string[] }
  | { type: "SeatingLayoutSet"; showId: string; layout: VenueLayout }
  | {
      type: "SeatsHeld";
      showId: string;
      bookingId: string;
      seatIds: string[];
      expiresAt: string;
      /** Absent in holds recorded before customers were named (they count against no one). */
      customerId?: string;
    }
  | { type: "HoldExtended"; showId: string; bookingId: string; seatIds: string[]; expiresAt: string }
  | { type: "HoldReleased"; showId: string; bookingId: string; seatIds: string[]; reason: HoldReleaseReason }
  | { type: "SeatsBooked"; showId: string; bookingId: string; seatIds: string[] }
  | {
      type: "BookedSeatsReleased";
      showId: string;
      bookingId: string;
      seatIds: string[];
      reason: BookedSeatsReleaseReason;
    };

export const seatsStreamId = (showId: string) => `seats-${showId}`;

export const initialSeatsState: SeatsState = {
  showId: null,
  currency: "EUR",
  onSale: false,
  seats: ImmutableMap(),
  holds: ImmutableMap(),
  booked: ImmutableMap(),
  holders: ImmutableMap(),
  seatsByCustomer: ImmutableMap(),
};

const isPast = (deadline: string, now: string) => Date.parse(deadline) <= Date.parse(now);
/** False for a time that does not parse, so an unparseable deadline is refused rather than never reached. */
const isLater = (time: string, than: string) => Date.parse(time) > Date.parse(than);

function duplicatesIn(ids: string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const id of ids) (seen.has(id) ? dups : seen).add(id);
  return [...dups];
}

function requireSeatList(seatIds: string[]): void {
  if (seatIds.length === 0) throw invalidCommand("Choose at least one seat");
  const dups = duplicatesIn(seatIds);
  if (dups.length > 0) throw duplicateSeats(dups);
}

const seatsOf = (state: SeatsState, seatIds: string[]): Seat[] => seatIds.flatMap((id) => state.seats.get(id) ?? []);

function requireKnownSeats(state: SeatsState, seatIds: string[]): Seat[] {
  const missing = seatIds.filter((id) => {
    const seat = state.seats.get(id);
    return seat === undefined || seat.status === "removed";
  });
  if (missing.length > 0) throw unknownSeats(missing);
  return seatIds.map((id) => state.seats.get(id) as Seat);
}

function addSeats(command: Extract<SeatsCommand, { type: "AddSeats" }>, state: SeatsState): SeatsEvent[] {
  requireSeatList(command.seats.map((s) => s.seatId));
  for (const seat of command.seats) {
    if (!seat.seatId.trim()) throw invalidCommand("A seat needs an id");
    if (!Number.isInteger(seat.priceCents) || seat.priceCents < 0)
      throw invalidCommand(`Seat ${seat.seatId}: the price must be a whole number of cents, zero or more`);
    if (!Number.isInteger(seat.number) || seat.number < 1)
      throw invalidCommand(`Seat ${seat.seatId}: the seat number must be a positive whole number`);
  }
  const existing = command.seats
    .filter((s) => {
      const seat = state.seats.get(s.seatId);
      return seat !== undefined && seat.status !== "removed";
    })
    .map((s) => s.seatId);
  if (existing.length > 0)
    throw new DomainError("INVALID_COMMAND", `Seats already exist: ${existing.join(", ")}`, { seatIds: existing });
  if (state.showId !== null && command.currency !== state.currency)
    throw invalidCommand(`Prices at this show are in ${state.currency}`);
  return [{ type: "SeatsAdded", showId: command.showId, currency: command.currency, seats: command.seats }];
}

function removeSeats(command: Extract<SeatsCommand, { type: "RemoveSeats" }>, state: SeatsState): SeatsEvent[] {
  requireSeatList(command.seatIds);
  const seats = requireKnownSeats(state, command.seatIds);
  const taken = seats.filter((s) => s.status !== "available");
  if (taken.length > 0)
    throw new DomainError("SEATS_NOT_REMOVABLE", `Only available seats can be removed; held or booked: ${seatNames(taken)}`, {
      seatIds: taken.map((s) => s.seatId),
    });
  return [{ type: "SeatsRemoved", showId: command.showId, seatIds: command.seatIds }];
}

function holdSeats(command: Extract<SeatsCommand, { type: "HoldSeats" }>, state: SeatsState): SeatsEvent[] {
  if (!state.onSale) throw new DomainError("SALES_CLOSED", "This show is not on sale");
  requireSeatList(command.seatIds);
  if (command.seatIds.length > MAX_SEATS_PER_HOLD)
    throw new DomainError("TOO_MANY_SEATS", `At most ${MAX_SEATS_PER_HOLD} seats can be held at once`);
  if (!isLater(command.expiresAt, command.now)) throw invalidCommand("A hold must end at a valid time in the future");
  if (state.holds.has(command.bookingId) || state.booked.has(command.bookingId))
    throw new DomainError("BOOKING_ALREADY_EXISTS", `Booking ${command.bookingId} already has seats`);
  const seats = requireKnownSeats(state, command.seatIds);

  // A hold past its deadline is released here and now, before the process manager gets to it.
  const expiredHolders = new Set<string>();
  const taken: Seat[] = [];
  for (const seat of seats) {
    if (seat.status === "available") continue;
    const hold = seat.status === "held" && seat.bookingId ? state.holds.get(seat.bookingId) : undefined;
    if (hold && isPast(hold.expiresAt, command.now)) expiredHolders.add(seat.bookingId as string);
    else taken.push(seat);
  }
  if (taken.length > 0) throw seatsUnavailable(taken);

  const customerSeats = (bookingId: string) => (state.holders.get(bookingId) === command.customerId ? (state.holds.get(bookingId)?.seatIds.length ?? 0) : 0);
  let alreadyHas = (state.seatsByCustomer.get(command.customerId) ?? 0) - [...expiredHolders].reduce((n, id) => n + customerSeats(id), 0);
  if (alreadyHas + command.seatIds.length > command.maxSeatsPerCustomer) {
    // Only on the way to a refusal: the customer's own lapsed holds elsewhere on the map no longer count.
    for (const [bookingId, hold] of state.holds)
      if (!expiredHolders.has(bookingId) && state.holders.get(bookingId) === command.customerId && isPast(hold.expiresAt, command.now)) {
        expiredHolders.add(bookingId);
        alreadyHas -= hold.seatIds.length;
      }
    if (alreadyHas + command.seatIds.length > command.maxSeatsPerCustomer) throw seatLimitReached(command.maxSeatsPerCustomer, alreadyHas);
  }

  const releases: SeatsEvent[] = [...expiredHolders].map((bookingId) => ({
    type: "HoldReleased",
    showId: command.showId,
    bookingId,
    seatIds: (state.holds.get(bookingId) as Hold).seatIds,
    reason: "expired",
  }));
  return [
    ...releases,
    {
      type: "SeatsHeld",
      showId: command.showId,
      bookingId: command.bookingId,
      seatIds: command.seatIds,
      expiresAt: command.expiresAt,
      customerId: command.customerId,
    },
  ];
}

function seatLimitReached(limit: number, alreadyHas: number): DomainError {
  const seats = (n: number) => `${n} ${n === 1 ? "seat" : "seats"}`;
  const left = Math.max(0, limit - alreadyHas);
  return new DomainError(
    "SEAT_LIMIT_REACHED",
    `One customer can have at most ${seats(limit)} at this show${alreadyHas > 0 ? `: you have ${seats(alreadyHas)} already, so you can add ${left === 0 ? "none" : seats(left)}` : ""}`,
    { limit, alreadyHas },
  );
}

function requireLiveHold(state: SeatsState, bookingId: string, now: string): Hold {
  const hold = state.holds.get(bookingId);
  if (!hold) throw new DomainError("HOLD_NOT_FOUND", `Booking ${bookingId} holds no seats`);
  if (isPast(hold.expiresAt, now))
    throw new DomainError("HOLD_EXPIRED", `The hold on ${seatNames(seatsOf(state, hold.seatIds))} has expired`, {
      seatIds: hold.seatIds,
    });
  return hold;
}

function extendHold(command: Extract<SeatsCommand, { type: "ExtendHold" }>, state: SeatsState): SeatsEvent[] {
  const hold = requireLiveHold(state, command.bookingId, command.now);
  if (!isLater(command.expiresAt, hold.expiresAt)) throw invalidCommand("An extension must end later than the hold");
  return [
    {
      type: "HoldExtended",
      showId: command.showId,
      bookingId: command.bookingId,
      seatIds: hold.seatIds,
      expiresAt: command.expiresAt,
    },
  ];
}

function releaseHold(command: Extract<SeatsCommand, { type: "ReleaseHold" }>, state: SeatsState): SeatsEvent[] {
  const hold = state.holds.get(command.bookingId);
  // Already released (or never held): nothing to do, so a repeated reaction is harmless.
  if (!hold) return [];
  return [
    {
      type: "HoldReleased",
      showId: command.showId,
      bookingId: command.bookingId,
      seatIds: hold.seatIds,
      reason: command.reason,
    },
  ];
}

function commitHold(command: Extract<SeatsCommand, { type: "CommitHold" }>, state: SeatsState): SeatsEvent[] {
  if (state.booked.has(command.bookingId) && !state.holds.has(command.bookingId)) return [];
  const hold = requireLiveHold(state, command.bookingId, command.now);
  return [{ type: "SeatsBooked", showId: command.showId, bookingId: command.bookingId, seatIds: hold.seatIds }];
}

function releaseBookedSeats(
  command: Extract<SeatsCommand, { type: "ReleaseBookedSeats" }>,
  state: SeatsState,
): SeatsEvent[] {
  const booked = state.booked.get(command.bookingId) ?? [];
  if (command.seatIds === undefined) {
    if (booked.length === 0) return [];
    return [{ ...command, type: "BookedSeatsReleased", seatIds: booked }];
  }
  requireSeatList(command.seatIds);
  const notInBooking = command.seatIds.filter((id) => !booked.includes(id));
  if (notInBooking.length > 0)
    throw new DomainError(
      "SEATS_NOT_IN_BOOKING",
      `Booking ${command.bookingId} does not hold seats ${notInBooking.join(", ")}`,
      { seatIds: notInBooking },
    );
  return [{ ...command, type: "BookedSeatsReleased", seatIds: command.seatIds }];
}

function setSeatingLayout(command: Extract<SeatsCommand, { type: "SetSeatingLayout" }>, state: SeatsState): SeatsEvent[] {
  const sections = new Set<string>();
  for (const seat of state.seats.values()) sections.add(seat.section);
  const problem = layoutProblem(command.layout, sections);
  if (problem) throw invalidCommand(problem);
  return [{ type: "SeatingLayoutSet", showId: command.showId, layout: command.layout }];
}

export function decideSeats(command: SeatsCommand, state: SeatsState): SeatsEvent[] {
  if (state.showId !== null && state.showId !== command.showId)
    throw invalidCommand(`This seat map belongs to show ${state.showId}, not ${command.showId}`);
  if (command.type !== "AddSeats" && state.showId === null)
    throw new DomainError("SHOW_NOT_FOUND", `Show ${command.showId} has no seats`);
  switch (command.type) {
    case "AddSeats":
      return addSeats(command, state);
    case "RemoveSeats":
      return removeSeats(command, state);
    case "SetSeatingLayout":
      return setSeatingLayout(command, state);
    case "OpenSales":
      return state.onSale ? [] : [{ type: "SalesOpened", showId: command.showId }];
    case "CloseSales":
      return state.onSale ? [{ type: "SalesClosed", showId: command.showId, reason: command.reason }] : [];
    case "HoldSeats":
      return holdSeats(command, state);
    case "ExtendHold":
      return extendHold(command, state);
    case "ReleaseHold":
      return releaseHold(command, state);
    case "CommitHold":
      return commitHold(command, state);
    case "ReleaseBookedSeats":
      return releaseBookedSeats(command, state);
  }
}

function setStatus(
  seats: SeatsState["seats"],
  seatIds: string[],
  status: SeatStatus,
  bookingId: string | null,
): SeatsState["seats"] {
  return seats.withMutations((draft) => {
    for (const id of seatIds) {
      const seat = draft.get(id);
      if (seat) draft.set(id, { ...seat, status, bookingId });
    }
  });
}

function counted(counts: SeatsState["seatsByCustomer"], customerId: string, change: number): SeatsState["seatsByCustomer"] {
  const next = (counts.get(customerId) ?? 0) + change;
  return next > 0 ? counts.set(customerId, next) : counts.delete(customerId);
}

/** Seats a booking gives back no longer count against its customer; a booking with none left forgets its holder. */
function uncounted(state: SeatsState, bookingId: string, seats: number, done: boolean): Pick<SeatsState, "holders" | "seatsByCustomer"> {
  const customerId = state.holders.get(bookingId);
  if (customerId === undefined) return { holders: state.holders, seatsByCustomer: state.seatsByCustomer };
  return {
    holders: done ? state.holders.delete(bookingId) : state.holders,
    seatsByCustomer: counted(state.seatsByCustomer, customerId, -seats),
  };
}

export function evolveSeats(state: SeatsState, event: SeatsEvent): SeatsState {
  switch (event.type) {
    case "SeatsAdded":
      return {
        ...state,
        showId: event.showId,
        currency: event.currency,
        seats: state.seats.withMutations((draft) => {
          for (const spec of event.seats) draft.set(spec.seatId, { ...spec, status: "available", bookingId: null });
        }),
      };
    case "SalesOpened":
      return { ...state, onSale: true };
    case "SalesClosed":
      return { ...state, onSale: false };
    case "SeatsRemoved":
      return { ...state, seats: setStatus(state.seats, event.seatIds, "removed", null) };
    case "SeatingLayoutSet":
      // Only the map draws it; no rule of seat availability depends on where a section is.
      return state;
    case "SeatsHeld":
      return {
        ...state,
        seats: setStatus(state.seats, event.seatIds, "held", event.bookingId),
        holds: state.holds.set(event.bookingId, { seatIds: event.seatIds, expiresAt: event.expiresAt }),
        ...(event.customerId === undefined
          ? {}
          : {
              holders: state.holders.set(event.bookingId, event.customerId),
              seatsByCustomer: counted(state.seatsByCustomer, event.customerId, event.seatIds.length),
            }),
      };
    case "HoldExtended":
      return {
        ...state,
        holds: state.holds.set(event.bookingId, { seatIds: event.seatIds, expiresAt: event.expiresAt }),
      };
    case "HoldReleased":
      return {
        ...state,
        seats: setStatus(state.seats, event.seatIds, "available", null),
        holds: state.holds.delete(event.bookingId),
        ...uncounted(state, event.bookingId, event.seatIds.length, true),
      };
    case "SeatsBooked":
      return {
        ...state,
        seats: setStatus(state.seats, event.seatIds, "booked", event.bookingId),
        holds: state.holds.delete(event.bookingId),
        booked: state.booked.set(event.bookingId, event.seatIds),
      };
    case "BookedSeatsReleased": {
      const remaining = (state.booked.get(event.bookingId) ?? []).filter((id) => !event.seatIds.includes(id));
      return {
        ...state,
        seats: setStatus(state.seats, event.seatIds, "available", null),
        booked: remaining.length > 0 ? state.booked.set(event.bookingId, remaining) : state.booked.delete(event.bookingId),
        ...uncounted(state, event.bookingId, event.seatIds.length, remaining.length === 0),
      };
    }
  }
}

interface SeatsSnapshot {
  showId: string | null;
  currency: string;
  onSale: boolean;
  seats: Seat[];
  holds: Array<[string, Hold]>;
  booked: Array<[string, string[]]>;
  holders: Array<[string, string]>;
}

/** Seats per customer, from what each of their bookings holds or has booked. */
function countsOf(s: SeatsSnapshot): SeatsState["seatsByCustomer"] {
  const holds = new Map(s.holds);
  const booked = new Map(s.booked);
  return ImmutableMap<string, number>().withMutations((counts) => {
    for (const [bookingId, customerId] of s.holders) {
      const seats = (holds.get(bookingId)?.seatIds.length ?? 0) + (booked.get(bookingId)?.length ?? 0);
      counts.set(customerId, (counts.get(customerId) ?? 0) + seats);
    }
  });
}

export const seatsDecider: Decider<SeatsCommand, SeatsEvent, SeatsState> = {
  category: "seats",
  // 2: holders (the customer behind each booking) joined the state.
  snapshotVersion: 2,
  initialState: initialSeatsState,
  decide: decideSeats,
  evolve: evolveSeats,
  toSnapshot: (state): SeatsSnapshot => ({
    showId: state.showId,
    currency: state.currency,
    onSale: state.onSale,
    seats: [...state.seats.values()],
    holds: [...state.holds.entries()],
    booked: [...state.booked.entries()],
    holders: [...state.holders.entries()],
  }),
  fromSnapshot: (snapshot) => {
    const s = snapshot as SeatsSnapshot;
    return {
      showId: s.showId,
      currency: s.currency,
      onSale: s.onSale,
      seats: ImmutableMap(s.seats.map((seat) => [seat.seatId, seat] as const)),
      holds: ImmutableMap(s.holds),
      booked: ImmutableMap(s.booked),
      holders: ImmutableMap(s.holders),
      seatsByCustomer: countsOf(s),
    };
  },
};
