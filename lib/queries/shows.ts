// Reads for the public pages and the JSON API: only read tables, never the event log.
import type { PrismaDb } from "../db/database";
import type { ShowView } from "../db/generated/sqlite";

import type { SeatSpec, SeatStatus } from "../domain/seats";
import type { SectionSummary } from "../domain/section-counts";

export type { SeatStatus };

export interface SeatDto extends SeatSpec {
  status: SeatStatus;
  /** Only set for the viewer's own holds and bookings; other people's booking ids stay private. */
  mine?: boolean;
}

/** How a show page draws the seats: every one at once (a room), or the overview first (a big venue). */
export type ShowMap =
  | { kind: "direct"; seats: SeatDto[] }
  /** No seats: a section's seats are loaded when it is opened. */
  | { kind: "overview"; sections: SectionSummary[]; tiers: string[] };

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

/** One section's seats, in the same order as `seatsOfShow`: what a big venue's overview loads when it is opened. */
export async function seatsOfSection(prisma: PrismaDb, showId: string, section: string) {
  return prisma.seatView.findMany({
    where: { showId, section, status: { not: "removed" } },
    orderBy: [{ row: "asc" }, { number: "asc" }],
  });
}

/**
 * Per section (by name, ascending): seats that exist, seats left and the price range, counted by the database.
 * With `sections`, only those; a named section without seats comes back with a total of 0 (it was removed).
 */
export async function sectionCountsOfShow(prisma: PrismaDb, showId: string, sections?: readonly string[]): Promise<SectionSummary[]> {
  const groups = await prisma.seatView.groupBy({
    by: ["section", "status"],
    where: { showId, status: { not: "removed" }, ...(sections ? { section: { in: [...sections] } } : {}) },
    _count: { _all: true },
    _min: { priceCents: true },
    _max: { priceCents: true },
  });
  const counts = new Map<string, SectionSummary>((sections ?? []).map((name) => [name, { name, total: 0, available: 0, minCents: 0, maxCents: 0 }]));
  for (const group of groups) {
    const seen = counts.get(group.section);
    const count = seen && seen.total > 0 ? seen : { name: group.section, total: 0, available: 0, minCents: Infinity, maxCents: -Infinity };
    count.total += group._count._all;
    if (group.status === "available") count.available += group._count._all;
    count.minCents = Math.min(count.minCents, group._min.priceCents ?? Infinity);
    count.maxCents = Math.max(count.maxCents, group._max.priceCents ?? -Infinity);
    counts.set(group.section, count);
  }
  return [...counts.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A show's price tiers, dearest first: what best available offers to choose from. */
export async function tiersOfShow(prisma: PrismaDb, showId: string): Promise<string[]> {
  const groups = await prisma.seatView.groupBy({
    by: ["tier"],
    where: { showId, status: { not: "removed" } },
    _max: { priceCents: true },
  });
  return groups.sort((a, b) => (b._max.priceCents ?? 0) - (a._max.priceCents ?? 0)).map((g) => g.tier);
}

/** Seats changed after a position: how a client catches up after a dropped connection. */
export async function seatChangesSince(prisma: PrismaDb, showId: string, after: number) {
  return prisma.seatView.findMany({
    where: { showId, lastPosition: { gt: after } },
    select: { seatId: true, section: true, status: true, bookingId: true, lastPosition: true },
    orderBy: { lastPosition: "asc" },
  });
}

/**
 * Seat changes after a position and the current counts of their sections (an overview shows those without the
 * seats): what a catch-up answers and a live push carries.
 */
export async function seatChangesOf(prisma: PrismaDb, showId: string, after: number) {
  const rows = await seatChangesSince(prisma, showId, after);
  const sections = rows.length === 0 ? [] : await sectionCountsOfShow(prisma, showId, [...new Set(rows.map((r) => r.section))]);
  return {
    changes: rows.map((r) => ({ seatId: r.seatId, status: r.status as SeatStatus })),
    sections,
    lastPosition: Math.max(0, ...rows.map((r) => r.lastPosition)),
  };
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
