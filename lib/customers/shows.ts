// A show's page as one visitor sees it: the seat map (a room's seats, or a big venue's overview whose sections are
// loaded one at a time), which seats are theirs, and the live catch-up. The one place that decides what a caller
// may see of a show: pages and routes only parse, call these and map the result.
import "server-only";
import { cache } from "react";
import {
  findShow,
  seatChangesOf,
  seatMapPosition,
  seatsOfSection,
  seatsOfShow,
  sectionCountsOfShow,
  tiersOfShow,
  type SeatDto,
  type SeatStatus,
  type ShowMap,
} from "../queries/shows";
import type { PrismaDb } from "../db/database";
import type { SeatView } from "../db/generated/sqlite";
import { bestAvailable } from "../domain/seat-selection";
import { layoutFor, type VenueLayout } from "../domain/venue-layout";
import { bookingSystem } from "../system";
import { customerCaller } from "./caller";

/**
 * A show on sale or cancelled (drafts are nobody's business but staff's); null when there is none.
 * Read once per request: the layout's 404 check, the page's metadata and the page all ask.
 */
export const publicShow = cache(async (showId: string) => {
  const { db } = await bookingSystem();
  const show = await findShow(db.prisma, showId);
  return show && show.status !== "draft" ? show : null;
});

const seatDto = (r: SeatView): SeatDto => ({
  seatId: r.seatId,
  section: r.section,
  row: r.row,
  number: r.number,
  tier: r.tier,
  priceCents: r.priceCents,
  status: r.status as SeatStatus,
});

const storedLayout = (show: { layout: string | null }) => (show.layout ? (JSON.parse(show.layout) as VenueLayout) : null);

async function showMap(prisma: PrismaDb, showId: string, stored: VenueLayout | null): Promise<{ layout: VenueLayout; map: ShowMap }> {
  const sections = await sectionCountsOfShow(prisma, showId);
  const seatCount = sections.reduce((sum, s) => sum + s.total, 0);
  const layout = layoutFor(stored, sections.map((s) => s.name), seatCount);
  if (layout.map === "direct") return { layout, map: { kind: "direct", seats: (await seatsOfShow(prisma, showId)).map(seatDto) } };
  return { layout, map: { kind: "overview", sections, tiers: await tiersOfShow(prisma, showId) } };
}

export async function showPageForCaller(showId: string) {
  const show = await publicShow(showId);
  if (!show) return null;
  const { system, customerId } = await customerCaller();
  const { prisma } = system.db;
  // The position is read before the seats: the map is at least this current, and live updates continue from it.
  const position = await seatMapPosition(prisma);
  const { layout, map } = await showMap(prisma, show.showId, storedLayout(show));
  const myBookings = customerId
    ? await prisma.bookingView.findMany({ where: { showId: show.showId, customerId, status: { in: ["held", "confirmed"] } } })
    : [];
  return {
    show,
    position,
    layout,
    map,
    mine: myBookings.flatMap((b) => JSON.parse(b.seatIds) as string[]),
    heldBookingId: myBookings.find((b) => b.status === "held")?.bookingId ?? null,
  };
}

/** One section's seats of a public show, with the position they are at least as current as; null: no such show or section. */
export async function sectionSeatsForCaller(showId: string, section: string): Promise<{ position: number; seats: SeatDto[] } | null> {
  const show = await publicShow(showId);
  if (!show) return null;
  const { prisma } = (await bookingSystem()).db;
  const position = await seatMapPosition(prisma);
  const seats = await seatsOfSection(prisma, show.showId, section);
  return seats.length === 0 ? null : { position, seats: seats.map(seatDto) };
}

/**
 * Best available over the read table (lib/domain/seat-selection), so an overview need not load every seat:
 * `count` adjacent seats, of `tier` when given. Only a suggestion: the hold is decided by the seats aggregate.
 * Null: no such show; `seatIds` null: no such block right now.
 */
export async function bestSeatsForCaller(showId: string, count: number, tier?: string) {
  const show = await publicShow(showId);
  if (!show) return null;
  const { prisma } = (await bookingSystem()).db;
  const seats = (await seatsOfShow(prisma, show.showId)).map(seatDto);
  const seatIds = bestAvailable(seats, count, tier ? { tier } : undefined);
  const section = seatIds ? (seats.find((s) => s.seatId === seatIds[0])?.section ?? null) : null;
  return { seatIds, section };
}

/**
 * What changed on a public show's map after a log position: each changed seat's status, and the counts of the
 * sections they are in (an overview shows those without the seats). Null: no such show.
 */
export async function seatChangesForCaller(showId: string, after: number) {
  const show = await publicShow(showId);
  if (!show) return null;
  const { prisma } = (await bookingSystem()).db;
  // The position is read first: every change up to it is in the rows read after it.
  const position = await seatMapPosition(prisma);
  const { changes, sections, lastPosition } = await seatChangesOf(prisma, show.showId, after);
  return { position: Math.max(position, lastPosition), changes, sections, layout: storedLayout(show) };
}
