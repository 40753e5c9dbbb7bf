// BookingView: one row per booking, found by id or by reference (checkout and manage-booking pages).
import type { BookingView } from "../db/generated/sqlite";
import type { Projection } from "./projection";
import { upsertRows, type Column } from "./upsert";

const columns: Array<Column<BookingView>> = [
  { name: "booking_id", value: (r) => r.bookingId },
  { name: "reference", value: (r) => r.reference },
  { name: "show_id", value: (r) => r.showId },
  { name: "customer_id", value: (r) => r.customerId },
  { name: "seat_ids", value: (r) => r.seatIds },
  { name: "total_cents", value: (r) => r.totalCents },
  { name: "refunded_cents", value: (r) => r.refundedCents },
  { name: "currency", value: (r) => r.currency },
  { name: "status", value: (r) => r.status },
  { name: "customer_name", value: (r) => r.customerName },
  { name: "customer_email", value: (r) => r.customerEmail },
  { name: "hold_expires_at", value: (r) => r.holdExpiresAt, cast: "timestamp(3)" },
  { name: "created_at", value: (r) => r.createdAt, cast: "timestamp(3)" },
  { name: "updated_at", value: (r) => r.updatedAt, cast: "timestamp(3)" },
  { name: "last_position", value: (r) => r.lastPosition },
];

export const bookingView: Projection<BookingView> = {
  name: "booking-view",
  categories: ["booking"],
  handles: [
    "BookingStarted",
    "BookingHeld",
    "BookingHoldExtended",
    "PaymentFailed",
    "BookingConfirmed",
    "BookingExpired",
    "BookingCancelled",
    "RefundIssued",
  ],
  tables: ["booking_view"],

  keysOf: ({ event }) => ("bookingId" in event ? [event.bookingId] : []),

  async load({ tx }, keys) {
    const rows = await tx.bookingView.findMany({ where: { bookingId: { in: keys } } });
    return new Map(rows.map((r) => [r.bookingId, r]));
  },

  apply(row, bookingId, { event, position, metadata }) {
    const at = new Date(metadata.occurredAt);
    if (event.type === "BookingStarted") {
      return {
        bookingId,
        reference: null,
        showId: event.showId,
        customerId: event.customerId,
        seatIds: JSON.stringify(event.seats.map((s) => s.seatId)),
        totalCents: event.totalCents,
        refundedCents: 0,
        currency: event.currency,
        status: "started",
        customerName: null,
        customerEmail: null,
        holdExpiresAt: null,
        createdAt: at,
        updatedAt: at,
        lastPosition: position,
      };
    }
    if (!row) return undefined;
    const touched = (r: BookingView): BookingView => ({ ...r, updatedAt: at, lastPosition: position });
    switch (event.type) {
      case "BookingHeld":
      case "BookingHoldExtended":
        return touched({ ...row, status: "held", holdExpiresAt: new Date(event.expiresAt) });
      case "PaymentFailed":
        return touched({ ...row, status: "payment_failed", holdExpiresAt: null });
      case "BookingConfirmed":
        return touched({
          ...row,
          status: "confirmed",
          reference: event.reference,
          customerName: event.customerName,
          customerEmail: event.customerEmail,
          holdExpiresAt: null,
        });
      case "BookingExpired":
        return touched({ ...row, status: "expired", holdExpiresAt: null });
      case "BookingCancelled": {
        const remaining = (JSON.parse(row.seatIds) as string[]).filter((id) => !event.seatIds.includes(id));
        return touched({
          ...row,
          seatIds: JSON.stringify(remaining),
          status: event.complete ? "cancelled" : row.status,
          holdExpiresAt: event.complete ? null : row.holdExpiresAt,
        });
      }
      case "RefundIssued":
        return touched({ ...row, refundedCents: row.refundedCents + event.amountCents });
      default:
        return undefined;
    }
  },

  save: (ctx, rows) => upsertRows(ctx, "booking_view", ["booking_id"], columns, rows),
};
