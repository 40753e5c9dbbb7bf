// Staff commands on the catalogue: schedule a show with its seat map, publish, reschedule, change seats, cancel.
import { randomUUID } from "node:crypto";
import { seatsDecider, seatsStreamId, type SeatSpec } from "../domain/seats";
import { showDecider, showStreamId } from "../domain/show";
import type { VenueLayout } from "../domain/venue-layout";
import { lastPositionOf, step, type CommandContext, type CommandDeps, type Outcome } from "./context";

export interface NewShow {
  showId?: string;
  title: string;
  venue: string;
  description: string;
  startsAt: string;
  /** The venue's IANA time zone. */
  timeZone: string;
  currency: string;
  seats: SeatSpec[];
  /** Section order and geometry; without one the map draws the default layout. */
  layout?: VenueLayout;
}

/** The seat map's first events: its seats, then (when given) their layout, decided one after the other. */
function newSeatMap(showId: string, show: NewShow) {
  const { decide, evolve, initialState } = seatsDecider;
  const added = decide({ type: "AddSeats", showId, currency: show.currency, seats: show.seats }, initialState);
  if (!show.layout) return added;
  const seated = added.reduce(evolve, initialState);
  return [...added, ...decide({ type: "SetSeatingLayout", showId, layout: show.layout }, seated)];
}

/** Schedules a show and creates its seat map in one transaction: either both exist or neither. */
export async function scheduleShow(deps: CommandDeps, show: NewShow, context: CommandContext): Promise<Outcome<{ showId: string }>> {
  const showId = show.showId ?? randomUUID().slice(0, 8);
  const scheduled = await deps.bus.execute(
    showDecider,
    showStreamId(showId),
    {
      type: "ScheduleShow",
      showId,
      title: show.title,
      venue: show.venue,
      description: show.description,
      startsAt: show.startsAt,
      timeZone: show.timeZone,
      currency: show.currency,
      now: deps.now().toISOString(),
    },
    context,
    () => [
      {
        streamId: seatsStreamId(showId),
        expectedVersion: "no_stream",
        events: newSeatMap(showId, show),
      },
    ],
  );
  if (!scheduled.ok) return scheduled;
  return { ok: true, showId, lastPosition: scheduled.lastPosition };
}

export async function publishShow(deps: CommandDeps, showId: string, context: CommandContext): Promise<Outcome<object>> {
  const published = await deps.bus.execute(showDecider, showStreamId(showId), { type: "PublishShow", showId }, step(context, "publish"));
  if (!published.ok) return published;
  const opened = await deps.bus.execute(seatsDecider, seatsStreamId(showId), { type: "OpenSales", showId }, step(context, "open-sales"));
  if (!opened.ok) return opened;
  return { ok: true, lastPosition: lastPositionOf([published, opened]) };
}

export async function rescheduleShow(
  deps: CommandDeps,
  input: { showId: string; startsAt: string },
  context: CommandContext,
): Promise<Outcome<object>> {
  const result = await deps.bus.execute(
    showDecider,
    showStreamId(input.showId),
    { type: "RescheduleShow", showId: input.showId, startsAt: input.startsAt, now: deps.now().toISOString() },
    context,
  );
  return result.ok ? { ok: true, lastPosition: result.lastPosition } : result;
}

export async function addSeats(
  deps: CommandDeps,
  input: { showId: string; seats: SeatSpec[] },
  context: CommandContext,
): Promise<Outcome<object>> {
  const { state: seats } = await deps.bus.load(seatsDecider, seatsStreamId(input.showId));
  const result = await deps.bus.execute(
    seatsDecider,
    seatsStreamId(input.showId),
    { type: "AddSeats", showId: input.showId, currency: seats.currency, seats: input.seats },
    context,
  );
  return result.ok ? { ok: true, lastPosition: result.lastPosition } : result;
}

export async function removeSeats(
  deps: CommandDeps,
  input: { showId: string; seatIds: string[] },
  context: CommandContext,
): Promise<Outcome<object>> {
  const result = await deps.bus.execute(
    seatsDecider,
    seatsStreamId(input.showId),
    { type: "RemoveSeats", showId: input.showId, seatIds: input.seatIds },
    context,
  );
  return result.ok ? { ok: true, lastPosition: result.lastPosition } : result;
}

/** Changes where a show's sections are drawn and their order (the decider checks it fits the seats). */
export async function setSeatingLayout(
  deps: CommandDeps,
  input: { showId: string; layout: VenueLayout },
  context: CommandContext,
): Promise<Outcome<object>> {
  const result = await deps.bus.execute(
    seatsDecider,
    seatsStreamId(input.showId),
    { type: "SetSeatingLayout", showId: input.showId, layout: input.layout },
    context,
  );
  return result.ok ? { ok: true, lastPosition: result.lastPosition } : result;
}

/** Cancels the show and stops sales; the process manager then cancels and refunds every booking. */
export async function cancelShow(
  deps: CommandDeps,
  input: { showId: string; reason: string },
  context: CommandContext,
): Promise<Outcome<object>> {
  const cancelled = await deps.bus.execute(
    showDecider,
    showStreamId(input.showId),
    { type: "CancelShow", showId: input.showId, reason: input.reason },
    step(context, "cancel"),
  );
  if (!cancelled.ok) return cancelled;
  const closed = await deps.bus.execute(
    seatsDecider,
    seatsStreamId(input.showId),
    { type: "CloseSales", showId: input.showId, reason: input.reason },
    step(context, "close-sales"),
  );
  if (!closed.ok) return closed;
  return { ok: true, lastPosition: lastPositionOf([cancelled, closed]) };
}
