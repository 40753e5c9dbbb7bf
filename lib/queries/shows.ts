// Reads for the public pages and the JSON API: only read tables, never the event log.
import type { PrismaDb } from "../db/database";
import type { ShowView } from "../db/generated/sqlite";

import type { SeatSpec, SeatStatus } from "../domain/seats";

export type { SeatStatus };

export interface SeatDto extends SeatSpec {
  status: SeatStatus;
  /** Only set for the viewer's own holds and bookings; other people's booking ids stay private. */
  mine?: boolean;
}

export async function listPublishedShows(prisma: PrismaDb) {
  return prisma.showView.findMany({ where: { status: "published" }, orderBy: { startsAt: "asc" } });
}

/** A show as its card on the list page needs it: public fields only (no revenue), plain JSON for the browser. */
export interface ShowListing {
  showId: string;
  title: string;
  venue: string;
  startsAt: string;
  /** The venue's IANA time zone: the start is shown on its clock. */
  timeZone: string;
  /** "published", or "cancelled" once it is off sale. */
  status: string;
  currency: string;
  minPriceCents: number | null;
  maxPriceCents: number | null;
  seatsTotal: number;
  seatsAvailable: number;
  /** The log position this row reflects: of two versions of one show, the higher position is the newer. */
  position: number;
}

export const showListing = (show: ShowView): ShowListing => ({
  showId: show.showId,
  title: show.title,
  venue: show.venue,
  startsAt: show.startsAt.toISOString(),
  timeZone: show.timeZone,
  status: show.status,
  currency: show.currency,
  minPriceCents: show.minPriceCents,
  maxPriceCents: show.maxPriceCents,
  seatsTotal: show.seatsTotal,
  seatsAvailable: show.seatsAvailable,
  position: show.lastPosition,
});

/** Every show whose ShowView row changed after a log position (drafts included: staff see those). */
export async function showsChangedSince(prisma: PrismaDb, after: number) {
  return prisma.showView.findMany({ where: { lastPosition: { gt: after } } });
}

/** The position up to which the show list is known to be current. */
export async function showListPosition(prisma: PrismaDb): Promise<number> {
  const checkpoint = await prisma.projectionCheckpoint.findUnique({ where: { name: "show-view" } });
  return checkpoint?.position ?? 0;
}

export async function findShow(prisma: PrismaDb, showId: string) {
  return prisma.showView.findUnique({ where: { showId } });
}

export async function seatsOfShow(prisma: PrismaDb, showId: string) {
  return prisma.seatView.findMany({
    where: { showId, status: { not: "removed" } },
    orderBy: [{ section: "asc" }, { row: "asc" }, { number: "asc" }],
  });
}

/** Seats changed after a position: how a client catches up after a dropped connection. */
export async function seatChangesSince(prisma: PrismaDb, showId: string, after: number) {
  return prisma.seatView.findMany({
    where: { showId, lastPosition: { gt: after } },
    select: { seatId: true, status: true, bookingId: true, lastPosition: true },
    orderBy: { lastPosition: "asc" },
  });
}

/** The position up to which the seat map is known to be current. */
export async function seatMapPosition(prisma: PrismaDb): Promise<number> {
  const checkpoint = await prisma.projectionCheckpoint.findUnique({ where: { name: "seat-view" } });
  return checkpoint?.position ?? 0;
}

export type Availability = "sold_out" | "few_left" | "available";

export function availabilityOf(show: { seatsAvailable: number; seatsTotal: number }): Availability {
  if (show.seatsAvailable === 0) return "sold_out";
  if (show.seatsAvailable <= Math.max(10, show.seatsTotal * 0.05)) return "few_left";
  return "available";
}
