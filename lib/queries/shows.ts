// Reads for the public pages and the JSON API: only read tables, never the event log.
import type { PrismaDb } from "../db/database";

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
