// Show management for signed-in staff only: each function checks the session first.
import "server-only";
import { bookingSystem } from "../../system";
import { findShow, seatsOfShow } from "../../queries/shows";
import type { SeatInfo } from "../../domain/seat-selection";
import type { SeatStatus } from "../../domain/seats";
import type { VenueLayout } from "../../domain/venue-layout";
import { requireStaff } from "../../staff/session";
import { dashboardShows, type DashboardShow } from "../dashboard";

/** A show as its management page shows it: plain data, revenue included (staff only). */
export interface ManagedShow {
  showId: string;
  title: string;
  venue: string;
  startsAt: string;
  timeZone: string;
  status: string;
  currency: string;
  seatsTotal: number;
  seatsAvailable: number;
  seatsHeld: number;
  seatsBooked: number;
  revenueCents: number;
  /** Every seat not removed, in map order. */
  seats: SeatInfo[];
  /** The stored venue layout; null: drawn with the default one. */
  layout: VenueLayout | null;
}

/** Every show with its counters and revenue, soonest first. */
export async function readShowList(): Promise<DashboardShow[]> {
  await requireStaff();
  const { db } = await bookingSystem();
  return dashboardShows(db.prisma);
}

/** Whether a show exists (its title), before anything of its page streams: an unknown show is a 404. */
export async function readShowTitle(showId: string): Promise<{ showId: string; title: string } | null> {
  await requireStaff();
  const { db } = await bookingSystem();
  const show = await findShow(db.prisma, showId);
  return show ? { showId: show.showId, title: show.title } : null;
}

/** One show with its seats for the management page, or null when there is no such show. */
export async function readManagedShow(showId: string): Promise<ManagedShow | null> {
  await requireStaff();
  const { db } = await bookingSystem();
  const show = await findShow(db.prisma, showId);
  if (!show) return null;
  const seats = await seatsOfShow(db.prisma, show.showId);
  return {
    showId: show.showId,
    title: show.title,
    venue: show.venue,
    startsAt: show.startsAt.toISOString(),
    timeZone: show.timeZone,
    status: show.status,
    currency: show.currency,
    seatsTotal: show.seatsTotal,
    seatsAvailable: show.seatsAvailable,
    seatsHeld: show.seatsHeld,
    seatsBooked: show.seatsBooked,
    revenueCents: show.revenueCents,
    layout: show.layout ? (JSON.parse(show.layout) as VenueLayout) : null,
    seats: seats.map((s) => ({
      seatId: s.seatId,
      section: s.section,
      row: s.row,
      number: s.number,
      tier: s.tier,
      priceCents: s.priceCents,
      status: s.status as SeatStatus,
    })),
  };
}

/** What the new-show form starts with: the configured venue time zone, and every zone to choose from. */
export async function readNewShowDefaults(): Promise<{ timeZones: string[]; defaultTimeZone: string }> {
  await requireStaff();
  const { venueTimeZone } = await bookingSystem();
  const timeZones = Intl.supportedValuesOf("timeZone");
  return { timeZones: timeZones.includes(venueTimeZone) ? timeZones : [venueTimeZone, ...timeZones], defaultTimeZone: venueTimeZone };
}
