// What the box-office pages get: plain, serialisable data (no store or Prisma types in components).
import type { HistoryEvent } from "./history-event";

/** One row of a box-office search. */
export interface BookingSummary {
  bookingId: string;
  /** The reference the customer holds ("Z2NB-JF12"), from the first hold on. */
  reference: string;
  /** Whether the customer has been given the reference yet (a confirmed booking). */
  confirmed: boolean;
  status: string;
  showId: string;
  showTitle: string;
  startsAt: string | null;
  /** The venue's IANA time zone: show times read on its clock. */
  timeZone: string | null;
  customerName: string | null;
  customerEmail: string | null;
  seatCount: number;
  totalCents: number;
  refundedCents: number;
  currency: string;
  updatedAt: string;
}

export interface BookingSeatView {
  seatId: string;
  /** "Row F, seat 2", as people read it. */
  label: string;
  section: string;
  tier: string;
  priceCents: number;
  /** Still part of the booking (a partial cancellation removes some). */
  active: boolean;
}

/** A payment attempt, a refund or a resend: one line of money or contact history. */
export interface BookingMoneyLine {
  position: number;
  occurredAt: string;
  type: string;
  amountCents: number | null;
  detail: string;
}

/** Everything the desk knows about one booking. */
export interface BookingFile extends BookingSummary {
  venue: string | null;
  holdExpiresAt: string | null;
  /** Whether the one hold extension is still available (a live hold not yet extended). */
  canExtendHold: boolean;
  /** The hold has had its one extension. */
  holdExtended: boolean;
  canCancel: boolean;
  /** Cancelling single seats is for confirmed bookings; a hold is released whole. */
  canCancelSomeSeats: boolean;
  canResendLink: boolean;
  seats: BookingSeatView[];
  payments: BookingMoneyLine[];
  refunds: BookingMoneyLine[];
  resends: BookingMoneyLine[];
  /** The booking stream's events and every other stream's events naming this booking, across correlations, in log order. */
  life: HistoryEvent[];
}
