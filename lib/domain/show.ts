// The catalogue entry of one show (stream `show-<showId>`): scheduling, publishing, cancelling.
import type { Decider } from "./decider";
import { DomainError, invalidCommand } from "./errors";
import { isTimeZone } from "./venue-time";

export type ShowStatus = "draft" | "published" | "cancelled";

export interface ShowState {
  showId: string | null;
  title: string;
  venue: string;
  startsAt: string | null;
  status: ShowStatus;
}

export type ShowDetails = {
  showId: string;
  title: string;
  venue: string;
  description: string;
  startsAt: string;
  /** The venue's IANA time zone: times are shown on its clock. */
  timeZone: string;
  currency: string;
};

export type ShowCommand =
  | ({ type: "ScheduleShow"; now: string } & ShowDetails)
  | { type: "RescheduleShow"; showId: string; startsAt: string; now: string }
  | { type: "PublishShow"; showId: string }
  | { type: "CancelShow"; showId: string; reason: string };

export type ShowEvent =
  | ({ type: "ShowScheduled" } & ShowDetails)
  | { type: "ShowRescheduled"; showId: string; startsAt: string; previousStartsAt: string }
  | { type: "ShowPublished"; showId: string }
  | { type: "ShowCancelled"; showId: string; reason: string };

export const showStreamId = (showId: string) => `show-${showId}`;

export const initialShowState: ShowState = { showId: null, title: "", venue: "", startsAt: null, status: "draft" };

function requireFuture(startsAt: string, now: string): void {
  if (Number.isNaN(Date.parse(startsAt))) throw invalidCommand("The start time is not a valid date");
  if (Date.parse(startsAt) <= Date.parse(now)) throw invalidCommand("A show must start in the future");
}

function requireOpen(state: ShowState, showId: string): void {
  if (state.showId === null) throw new DomainError("SHOW_NOT_FOUND", `There is no show ${showId}`);
  if (state.status === "cancelled") throw new DomainError("SHOW_CANCELLED", `${state.title} has been cancelled`);
}

export function decideShow(command: ShowCommand, state: ShowState): ShowEvent[] {
  switch (command.type) {
    case "ScheduleShow": {
      if (state.showId !== null) throw new DomainError("SHOW_ALREADY_EXISTS", `Show ${command.showId} already exists`);
      if (!command.title.trim()) throw invalidCommand("A show needs a title");
      if (!command.venue.trim()) throw invalidCommand("A show needs a venue");
      if (!/^[A-Z]{3}$/.test(command.currency)) throw invalidCommand("The currency must be a three-letter code");
      if (!isTimeZone(command.timeZone)) throw invalidCommand(`${command.timeZone || "An empty name"} is not a time zone`);
      requireFuture(command.startsAt, command.now);
      const { type: _type, now: _now, ...details } = command; // eslint-disable-line @typescript-eslint/no-unused-vars
      return [{ type: "ShowScheduled", ...details }];
    }
    case "RescheduleShow":
      requireOpen(state, command.showId);
      requireFuture(command.startsAt, command.now);
      if (command.startsAt === state.startsAt) return [];
      return [
        {
          type: "ShowRescheduled",
          showId: command.showId,
          startsAt: command.startsAt,
          previousStartsAt: state.startsAt as string,
        },
      ];
    case "PublishShow":
      requireOpen(state, command.showId);
      return state.status === "published" ? [] : [{ type: "ShowPublished", showId: command.showId }];
    case "CancelShow":
      if (state.showId === null) throw new DomainError("SHOW_NOT_FOUND", `There is no show ${command.showId}`);
      if (state.status === "cancelled") return [];
      if (!command.reason.trim()) throw invalidCommand("Say why the show is cancelled");
      return [{ type: "ShowCancelled", showId: command.showId, reason: command.reason }];
  }
}

export function evolveShow(state: ShowState, event: ShowEvent): ShowState {
  switch (event.type) {
    case "ShowScheduled":
      return { showId: event.showId, title: event.title, venue: event.venue, startsAt: event.startsAt, status: "draft" };
    case "ShowRescheduled":
      return { ...state, startsAt: event.startsAt };
    case "ShowPublished":
      return { ...state, status: "published" };
    case "ShowCancelled":
      return { ...state, status: "cancelled" };
  }
}

export const showDecider: Decider<ShowCommand, ShowEvent, ShowState> = {
  category: "show",
  snapshotVersion: 1,
  initialState: initialShowState,
  decide: decideShow,
  evolve: evolveShow,
  toSnapshot: (state) => state,
  fromSnapshot: (snapshot) => snapshot as ShowState,
};
