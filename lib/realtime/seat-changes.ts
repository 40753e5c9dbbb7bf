// How a live seat map applies what it hears: pushed or caught-up seat changes, and a section's seats loaded later.
// Pure (the browser hook keeps the state): a change to a seat not on the map is remembered with its position, and
// wins over a section's seats read at an earlier position when that section arrives.
import type { SeatDto, SeatStatus } from "../queries/shows";

export type Change = { seatId: string; status: SeatStatus };

/** The newest pushed status of a seat not on the map yet, and the position of the message that carried it. */
export type Unseen = Map<string, { status: SeatStatus; position: number }>;

/** The map after `changes` heard at `position`; seats not on it go to `unseen`. Unchanged seats keep their objects. */
export function applyChanges(seats: Map<string, SeatDto>, changes: Change[], mine: ReadonlySet<string>, unseen: Unseen, position: number) {
  let next: Map<string, SeatDto> | null = null;
  for (const change of changes) {
    const seat = (next ?? seats).get(change.seatId);
    if (!seat) {
      unseen.set(change.seatId, { status: change.status, position });
      continue;
    }
    if (seat.status === change.status) continue;
    next ??= new Map(seats);
    // Only the changed seat gets a new object, so memoised seats elsewhere on the map do not re-render.
    next.set(change.seatId, { ...seat, status: change.status, mine: mine.has(change.seatId) && change.status !== "available" });
  }
  return next ?? seats;
}

/** The map with a loaded section's seats, read at position `at`; seats already on the map are kept. */
export function mergeLoaded(seats: Map<string, SeatDto>, loaded: readonly SeatDto[], at: number, unseen: Unseen) {
  const next = new Map(seats);
  for (const seat of loaded) {
    if (next.has(seat.seatId)) continue;
    const pushed = unseen.get(seat.seatId);
    next.set(seat.seatId, pushed && pushed.position > at ? { ...seat, status: pushed.status } : seat);
  }
  return next;
}
