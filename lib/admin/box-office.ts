// The box-office desk's reads: bookings found by reference, email or name (from BookingView, never the
// log), and one booking's whole file: seats, payments, refunds and its life across every correlation.
// Each read takes the storage it reads; pages reach these only through lib/admin/reads/box-office.ts.
import "server-only";
import { formatReference, looksLikeReference, referenceOf } from "../booking-reference";
import type { PrismaDb } from "../db/database";
import { fold } from "../domain/decider";
import { bookingDecider, bookingStreamId } from "../domain/booking";
import type { EventStore } from "../eventstore/store";
import type { StoredEvent } from "../eventstore/types";
import { readCorrelation, historyEventOf } from "./history";
import { describeEvent } from "./describe-event";
import type { BookingFile, BookingMoneyLine, BookingSeatView, BookingSummary } from "./box-office-views";

export const SEARCH_LIMIT = 50;
/** Correlations read for one booking's life: a booking has a handful (hold, pay, extend, cancel, …). */
const CORRELATIONS_LIMIT = 30;

/** `%`, `_` and the escape itself match literally inside a LIKE pattern. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

type BookingRow = NonNullable<Awaited<ReturnType<PrismaDb["bookingView"]["findUnique"]>>>;

/**
 * Bookings whose reference is the one typed, or whose email or name contains the text (case-insensitive:
 * LOWER on both engines, so SQLite and PostgreSQL agree; SQLite lowers ASCII letters only). Newest first.
 */
export async function searchBookings(prisma: PrismaDb, query: string, limit = SEARCH_LIMIT): Promise<BookingSummary[]> {
  const text = query.trim();
  if (text.length === 0) return [];
  const reference = looksLikeReference(text) ? formatReference(text) : "";
  const pattern = likePattern(text.toLowerCase());
  const found = await prisma.$queryRaw<Array<{ booking_id: string }>>`
    SELECT booking_id FROM booking_view
    WHERE reference = ${reference}
       OR LOWER(customer_email) LIKE ${pattern} ESCAPE '\\'
       OR LOWER(customer_name) LIKE ${pattern} ESCAPE '\\'
    ORDER BY updated_at DESC, booking_id
    LIMIT ${limit}`;
  if (found.length === 0) return [];
  const rows = await prisma.bookingView.findMany({ where: { bookingId: { in: found.map((r) => r.booking_id) } }, orderBy: [{ updatedAt: "desc" }, { bookingId: "asc" }] });
  const shows = await showsById(prisma, rows.map((r) => r.showId));
  return rows.map((row) => summaryOf(row, shows.get(row.showId)));
}

async function showsById(prisma: PrismaDb, showIds: string[]) {
  const shows = await prisma.showView.findMany({ where: { showId: { in: [...new Set(showIds)] } }, select: { showId: true, title: true, venue: true, startsAt: true, timeZone: true } });
  return new Map(shows.map((s) => [s.showId, s]));
}

function summaryOf(row: BookingRow, show: { title: string; startsAt: Date; timeZone: string } | undefined): BookingSummary {
  return {
    bookingId: row.bookingId,
    reference: row.reference ?? referenceOf(row.bookingId),
    confirmed: row.reference !== null,
    status: row.status,
    showId: row.showId,
    showTitle: show?.title ?? row.showId,
    startsAt: show?.startsAt.toISOString() ?? null,
    timeZone: show?.timeZone ?? null,
    customerName: row.customerName,
    customerEmail: row.customerEmail,
    seatCount: (JSON.parse(row.seatIds) as string[]).length,
    totalCents: row.totalCents,
    refundedCents: row.refundedCents,
    currency: row.currency,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The booking stream's events and every other stream's events that name this booking, across all the
 * correlations its events belong to (hold, payment, extension, cancellation and the process manager's
 * reactions are separate chains), in log order.
 */
export async function bookingLife(store: EventStore, bookingId: string): Promise<StoredEvent[]> {
  const own = await store.readStream(bookingStreamId(bookingId));
  const correlations = [...new Set(own.map((e) => e.metadata.correlationId))].slice(0, CORRELATIONS_LIMIT);
  const related = (await Promise.all(correlations.map((id) => readCorrelation(store, id)))).flat();
  const byPosition = new Map<number, StoredEvent>();
  for (const e of [...own, ...related]) {
    const names = (e.event as { bookingId?: unknown }).bookingId === bookingId;
    if (e.streamId === bookingStreamId(bookingId) || names) byPosition.set(e.position, e);
  }
  return [...byPosition.values()].sort((a, b) => a.position - b.position);
}

const seatName = (seat: { row: string; number: number }) => `Row ${seat.row}, seat ${seat.number}`;

/** One booking as the desk sees it, or null when there is no such booking. */
export async function bookingFile(prisma: PrismaDb, store: EventStore, bookingId: string, now: Date): Promise<BookingFile | null> {
  const row = await prisma.bookingView.findUnique({ where: { bookingId } });
  if (!row) return null;
  const show = (await showsById(prisma, [row.showId])).get(row.showId);
  const life = await bookingLife(store, bookingId);
  const own = life.filter((e) => e.streamId === bookingStreamId(bookingId));
  const state = fold(bookingDecider.evolve, bookingDecider.initialState, own.map((e) => e.event as Parameters<typeof bookingDecider.evolve>[1]));
  const seatRows = await prisma.seatView.findMany({ where: { showId: row.showId, seatId: { in: state.seats.map((s) => s.seatId) } } });
  const seatsById = new Map(seatRows.map((s) => [s.seatId, s]));
  const seats: BookingSeatView[] = state.seats
    .map((s) => {
      const seat = seatsById.get(s.seatId);
      return {
        seatId: s.seatId,
        label: seat ? seatName(seat) : s.seatId,
        section: seat?.section ?? "",
        tier: seat?.tier ?? "",
        priceCents: s.priceCents,
        active: state.activeSeatIds.includes(s.seatId),
      };
    })
    .sort((a, b) => a.section.localeCompare(b.section) || a.label.localeCompare(b.label, "en", { numeric: true }));
  const titles = new Map(show ? [[row.showId, show.title]] : []);
  const line = (e: StoredEvent): BookingMoneyLine => {
    const amount = (e.event as { amountCents?: unknown }).amountCents;
    return {
      position: e.position,
      occurredAt: e.metadata.occurredAt,
      type: e.event.type,
      amountCents: typeof amount === "number" ? amount : null,
      detail: describeEvent({ type: e.event.type, streamId: e.streamId, data: e.event as unknown as Record<string, unknown> }, titles),
    };
  };
  const live = state.status === "held" && state.expiresAt !== null && Date.parse(state.expiresAt) > now.getTime();
  return {
    ...summaryOf(row, show),
    venue: show?.venue ?? null,
    holdExpiresAt: row.holdExpiresAt?.toISOString() ?? null,
    canExtendHold: live && !state.extended,
    holdExtended: state.extended,
    canCancel: (state.status === "held" || state.status === "confirmed") && state.activeSeatIds.length > 0,
    canCancelSomeSeats: state.status === "confirmed" && state.activeSeatIds.length > 1,
    canResendLink: state.status === "confirmed",
    seats,
    // Every payment event the stream has (attempts, failures, timeouts…), whatever their names.
    payments: own.filter((e) => e.event.type.startsWith("Payment")).map(line),
    refunds: own.filter((e) => e.event.type === "RefundIssued").map(line),
    resends: own.filter((e) => e.event.type === "ConfirmationLinkResent").map(line),
    life: life.map((e) => historyEventOf(e, titles)),
  };
}

/** The log narrowed to the bookings a reference or email names: their lives, newest first. */
export async function searchLogByBooking(prisma: PrismaDb, store: EventStore, query: string): Promise<{ bookings: BookingSummary[]; events: StoredEvent[] }> {
  const bookings = await searchBookings(prisma, query, 10);
  const lives = await Promise.all(bookings.map((b) => bookingLife(store, b.bookingId)));
  const byPosition = new Map(lives.flat().map((e) => [e.position, e]));
  return { bookings, events: [...byPosition.values()].sort((a, b) => b.position - a.position) };
}

/** A stream id from what staff typed: a stream name (`booking-…`, `seats-hamlet`), a reference, or a bare id. */
export async function resolveStream(prisma: PrismaDb, store: EventStore, typed: string): Promise<string | null> {
  const text = typed.trim();
  if (text.length === 0 || text.length > 140) return null;
  if (/^(show|seats|booking)-./.test(text) && (await store.streamVersion(text)) > 0) return text;
  if (looksLikeReference(text)) {
    const booking = await prisma.bookingView.findUnique({ where: { reference: formatReference(text) }, select: { bookingId: true } });
    if (booking) return bookingStreamId(booking.bookingId);
  }
  for (const category of ["booking", "seats", "show"]) {
    const streamId = `${category}-${text}`;
    if ((await store.streamVersion(streamId)) > 0) return streamId;
  }
  return null;
}
