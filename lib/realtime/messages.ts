// What travels over Socket.IO, shared by the server and the browser. Client messages are validated.
import { z } from "zod";
import type { Availability, SeatStatus, ShowListing } from "../queries/shows";
import type { EventMetadata } from "../eventstore/types";
import type { SectionSummary } from "../domain/section-counts";
import type { VenueLayout } from "../domain/venue-layout";

export const showRoom = (showId: string) => `show:${showId}`;
export const ADMIN_ROOM = "admin";
/** The public show list: every published show's availability. */
export const SHOWS_ROOM = "shows";

export const joinShowMessage = z.object({ showId: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/) });

/** Joining or leaving the show list's room carries nothing: `{}`. */
export const showListRoomMessage = z.object({}).strict();

export interface SeatsChangedMessage {
  showId: string;
  /** The position this message continues from: a client behind it has missed something and catches up. */
  after: number;
  /** The log position the seat map reflects after this message. */
  position: number;
  changes: Array<{ seatId: string; status: SeatStatus }>;
  /** The current counts of the sections those seats are in: a big venue's overview has no seats to count. */
  sections: SectionSummary[];
}

/** What `/api/shows/{id}/changes?after=` answers: the same as a live message, from a position, and the layout. */
export interface SeatChangesJson {
  position: number;
  changes: SeatsChangedMessage["changes"];
  sections: SectionSummary[];
  /** The stored venue layout (null: the default): a map that was offline picks up a change staff made meanwhile. */
  layout: VenueLayout | null;
}

/** Staff changed a show's venue layout (section order and geometry): open maps redraw with it. */
export interface ShowLayoutMessage {
  showId: string;
  layout: VenueLayout | null;
}

/** Shows whose ShowView row changed in one projection batch (published or cancelled ones; drafts stay private). */
export interface ShowsChangedMessage {
  /** The position this message continues from: a client behind it has missed something and catches up. */
  after: number;
  /** The log position of the batch this message reports. */
  position: number;
  /** Each row carries its own position (it may be newer than the batch); only a newer one replaces a show. */
  shows: ShowListing[];
}

/** One show as the JSON API returns it (`/api/shows/{id}`): public fields only. Live show lists catch up from it. */
export interface ShowJson {
  id: string;
  title: string;
  venue: string;
  description: string;
  /** ISO 8601. */
  startsAt: string;
  /** The venue's IANA time zone ("Europe/London"): show the start on its clock. */
  timeZone: string;
  /** "published" or "cancelled" (drafts are never returned). */
  status: string;
  currency: string;
  priceRange: { minCents: number | null; maxCents: number | null };
  seats: { total: number; available: number; held: number; booked: number };
  availability: Availability;
}

/** One show as `/api/shows` lists it: with the log position its row reflects. */
export type ListedShowJson = ShowJson & { position: number };

export type Ack = { ok: true } | { ok: false; error: string };

/** One stored event as staff see it: the timeline, the live tail of the history viewer. */
export interface StaffEventMessage {
  position: number;
  streamId: string;
  category: string;
  version: number;
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

export interface ProjectionProgressMessage {
  name: string;
  position: number;
  target: number;
  percent: number;
  done: boolean;
  /** "rebuild" or "verify". */
  operation: string;
}

export interface ServerToClient {
  "seats:changed": (message: SeatsChangedMessage) => void;
  /** A show's venue layout changed. */
  "show:layout": (message: ShowLayoutMessage) => void;
  /** The show list: availability of shows that changed. */
  "shows:changed": (message: ShowsChangedMessage) => void;
  /** Staff only: every new event, in log order. */
  "admin:events": (message: { events: StaffEventMessage[] }) => void;
  /** Staff only: shows whose ShowView row changed (dashboard counters). */
  "admin:shows": (message: { position: number; showIds: string[] }) => void;
  /** Staff only: progress of a projection rebuild or verification. */
  "admin:projection": (message: ProjectionProgressMessage) => void;
}

export interface ClientToServer {
  "show:join": (payload: unknown, ack?: (result: Ack) => void) => void;
  "show:leave": (payload: unknown, ack?: (result: Ack) => void) => void;
  "shows:join": (payload: unknown, ack?: (result: Ack) => void) => void;
  "shows:leave": (payload: unknown, ack?: (result: Ack) => void) => void;
  "admin:join": (payload: unknown, ack?: (result: Ack) => void) => void;
}
