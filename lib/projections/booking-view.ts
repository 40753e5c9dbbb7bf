// BookingView: one row per booking, found by id or by reference (checkout and manage-booking pages).
import type { BookingView } from "../db/generated/sqlite";
import type { Projection } from "./projection";
import { selectRows, upsertRows, type Column } from "./table";

const columns: Array<Column<BookingView>> = [
  { name: "booking_id", field: "bookingId" },
  { name: "reference", field: "reference" },
  { name: "show_id", field: "showId" },
  { name: "customer_id", field: "customerId" },
  { name: "seat_ids", field: "seatIds" },
  { name: "total_cents", type: "int", field: "totalCents" },
  { name: "refunded_cents", type: "int", field: "refundedCents" },
  { name: "currency", field: "currency" },
  { name: "status", field: "status" },
  { name: "customer_name", field: "customerName" },
  { name: "customer_email", field: "customerEmail" },
  { name: "hold_expires_at", field: "holdExpiresAt", type: "datetime" },
  { name: "hold_extensions", type: "int", field: "holdExtensions" },
  { name: "payment_attempts", type: "int", field: "paymentAttempts" },
  { name: "last_payment_failure", field: "lastPaymentFailure" },
  { name: "created_at", field: "createdAt", type: "datetime" },
  { name: "updated_at", field: "updatedAt", type: "datetime" },
  { name: "last_position", type: "int", field: "lastPosition" },
];

export const bookingView: Projection<BookingView> = {
  name: "booking-view",
  categories: ["booking"],
  handles: [
    "BookingStarted",
    "BookingHeld",
    "BookingHoldExtended",
    "PaymentAuthorized",
    "PaymentDeclined",
    "PaymentTimedOut",
    "PaymentFailed",
    "BookingConfirmed",
    "BookingExpired",
    "BookingCancelled",
    "RefundIssued",
  ],
  tables: ["booking_view"],

  keysOf: ({ event }) => ("bookingId" in event ? [event.bookingId] : []),

  async load(ctx, keys) {
    const rows = await selectRows(ctx, "booking_view", columns, {}, "booking_id", keys);
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
        holdExtensions: 0,
        paymentAttempts: 0,
        lastPaymentFailure: null,
        createdAt: at,
        updatedAt: at,
        lastPosition: position,
      };
    }
    if (!row) return undefined;
    const touched = (r: BookingView): BookingView => ({ ...r, updatedAt: at, lastPosition: position });
    switch (event.type) {
      case "BookingHeld":
        return touched({ ...row, status: "held", holdExpiresAt: new Date(event.expiresAt) });
      case "BookingHoldExtended":
        return touched({ ...row, status: "held", holdExpiresAt: new Date(event.expiresAt), holdExtensions: row.holdExtensions + 1 });
      case "PaymentAuthorized":
        return touched({ ...row, paymentAttempts: event.attempt, lastPaymentFailure: null });
      case "PaymentDeclined":
        return touched({ ...row, paymentAttempts: event.attempt, lastPaymentFailure: "declined" });
      case "PaymentTimedOut":
        return touched({ ...row, paymentAttempts: event.attempt, lastPaymentFailure: "timed_out" });
      case "PaymentFailed":
        // Before payments could be retried, a failure ended the booking and released its hold.
        return touched({ ...row, status: "payment_failed", holdExpiresAt: null, paymentAttempts: event.attempt, lastPaymentFailure: "declined" });
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
