// What the staff dashboard shows: live counters per show (ShowView), sales per minute (from the event log,
// which staff views may read) and the newest events. Server-only reads; the shapes are plain JSON so the
// same numbers serve the page and GET /api/admin/shows. Pages and routes reach these only through
// lib/admin/reads/dashboard.ts, which checks the staff session first.
import "server-only";
import type { PrismaDb } from "../db/database";
import type { EventStore } from "../eventstore/store";
import type { StaffEventMessage } from "../realtime/messages";
import type { StoredEvent } from "../eventstore/types";
import { staffEventMessage } from "../realtime/staff-messages";

export interface DashboardShow {
  showId: string;
  title: string;
  venue: string;
  startsAt: string;
  timeZone: string;
  status: string;
  currency: string;
  seats: { total: number; available: number; held: number; booked: number };
  revenueCents: number;
  lastPosition: number;
}

export interface SalesPoint {
  /** Start of the minute, ISO. */
  minute: string;
  bookings: number;
  refunds: number;
  /** Net takings in that minute and running total over the window, in cents of `SalesSeries.currency`. */
  netCents: number;
  cumulativeCents: number;
}

export interface SalesSeries {
  currency: string;
  fromMinute: string;
  points: SalesPoint[];
}

export interface Dashboard {
  shows: DashboardShow[];
  sales: SalesSeries;
  /** Position of the show-view checkpoint: the numbers are at least this current. */
  position: number;
}

const MINUTE = 60_000;
/** Two hours of one-minute buckets: enough to see a sales rush, small enough to draw as bars. */
export const SALES_WINDOW_MINUTES = 120;

export async function dashboardShows(prisma: PrismaDb): Promise<DashboardShow[]> {
  const rows = await prisma.showView.findMany({ orderBy: [{ startsAt: "asc" }] });
  return rows.map((r) => ({
    showId: r.showId,
    title: r.title,
    venue: r.venue,
    startsAt: r.startsAt.toISOString(),
    timeZone: r.timeZone,
    status: r.status,
    currency: r.currency,
    seats: { total: r.seatsTotal, available: r.seatsAvailable, held: r.seatsHeld, booked: r.seatsBooked },
    revenueCents: r.revenueCents,
    lastPosition: r.lastPosition,
  }));
}

/** The currency most shows sell in; the chart sums only those, since cents of two currencies do not add up. */
function mainCurrency(shows: DashboardShow[]): string {
  const counts = new Map<string, number>();
  for (const s of shows) counts.set(s.currency, (counts.get(s.currency) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "EUR";
}

export function bucketSales(events: StoredEvent[], shows: DashboardShow[], now: Date, minutes = SALES_WINDOW_MINUTES): SalesSeries {
  const currency = mainCurrency(shows);
  const inCurrency = new Set(shows.filter((s) => s.currency === currency).map((s) => s.showId));
  const start = Math.floor(now.getTime() / MINUTE) * MINUTE - (minutes - 1) * MINUTE;
  const points: SalesPoint[] = Array.from({ length: minutes }, (_, i) => ({
    minute: new Date(start + i * MINUTE).toISOString(),
    bookings: 0,
    refunds: 0,
    netCents: 0,
    cumulativeCents: 0,
  }));
  for (const stored of events) {
    const index = Math.floor((Date.parse(stored.metadata.occurredAt) - start) / MINUTE);
    const point = points[index];
    const e = stored.event as { type: string; showId?: unknown; totalCents?: unknown; amountCents?: unknown };
    if (!point || typeof e.showId !== "string" || !inCurrency.has(e.showId)) continue;
    if (e.type === "BookingConfirmed" && typeof e.totalCents === "number") {
      point.bookings += 1;
      point.netCents += e.totalCents;
    } else if (e.type === "RefundIssued" && typeof e.amountCents === "number") {
      point.refunds += 1;
      point.netCents -= e.amountCents;
    }
  }
  let running = 0;
  for (const point of points) point.cumulativeCents = running += point.netCents;
  return { currency, fromMinute: new Date(start).toISOString(), points };
}

export async function salesSeries(store: EventStore, shows: DashboardShow[], now: Date): Promise<SalesSeries> {
  const from = new Date(now.getTime() - SALES_WINDOW_MINUTES * MINUTE);
  const events = await store.readAll({ types: ["BookingConfirmed", "RefundIssued"], from, limit: 50_000 });
  return bucketSales(events, shows, now);
}

export async function loadDashboard(prisma: PrismaDb, store: EventStore, now: Date): Promise<Dashboard> {
  const checkpoint = await prisma.projectionCheckpoint.findUnique({ where: { name: "show-view" } });
  const shows = await dashboardShows(prisma);
  return { shows, sales: await salesSeries(store, shows, now), position: checkpoint?.position ?? 0 };
}

export const TIMELINE_SIZE = 100;

/** The newest events, oldest first: the timeline's first page, and what it merges in after a reconnect. */
export async function timelineEvents(store: EventStore): Promise<StaffEventMessage[]> {
  return (await store.readAll({ backwards: true, limit: TIMELINE_SIZE })).reverse().map(staffEventMessage);
}
