import Link from "next/link";
import type { BookingSummary } from "@/lib/admin/box-office-views";
import { formatMoney, formatShowDate } from "@/lib/format";
import { BookingStatusBadge } from "./BookingStatusBadge";

/** Search results: one row per booking, its reference leading to the booking's page. */
export function BookingResults({ bookings }: { bookings: BookingSummary[] }) {
  return (
    <ul aria-label="Bookings found" className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm">
      {bookings.map((b) => (
        <li key={b.bookingId} data-booking-id={b.bookingId} className="grid gap-2 p-4 md:grid-cols-[10rem_minmax(0,1.4fr)_minmax(0,1.4fr)_auto] md:items-center">
          <div>
            <Link href={`/admin/box-office/${b.bookingId}`} className="font-mono text-lg font-semibold tracking-wider text-indigo-800 underline underline-offset-2">
              {b.reference}
            </Link>
            {!b.confirmed && <p className="text-xs text-slate-600">not confirmed yet</p>}
          </div>
          <div className="min-w-0">
            <p className="truncate font-medium">{b.customerName ?? "No name yet"}</p>
            <p className="truncate text-sm text-slate-600">{b.customerEmail ?? "No email yet"}</p>
          </div>
          <div className="min-w-0 text-sm">
            <p className="truncate font-medium">{b.showTitle}</p>
            <p className="truncate text-slate-600">{b.startsAt && b.timeZone ? formatShowDate(b.startsAt, b.timeZone) : ""}</p>
          </div>
          <div className="flex items-center gap-3 text-sm md:flex-col md:items-end md:gap-1">
            <BookingStatusBadge status={b.status} />
            <span className="tabular-nums text-slate-700">
              {b.seatCount} {b.seatCount === 1 ? "seat" : "seats"} · {formatMoney(b.totalCents, b.currency)}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
