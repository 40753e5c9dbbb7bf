import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { bookingForManageLink } from "@/lib/customers/bookings";
import { formatMoney, formatShowDate, seatLabel } from "@/lib/format";
import { BookedSeatList } from "@/components/BookedSeatList";
import { BookingQrCode } from "@/components/BookingQrCode";
import { CancelBookingForm } from "@/components/CancelBookingForm";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your booking" };

const STATUS: Record<string, { label: string; className: string }> = {
  confirmed: { label: "Confirmed", className: "bg-emerald-100 text-emerald-900" },
  cancelled: { label: "Cancelled", className: "bg-slate-200 text-slate-700" },
};

export default async function BookingPage({
  params,
  searchParams,
}: {
  params: Promise<{ reference: string }>;
  searchParams: Promise<{ key?: string | string[] }>;
}) {
  const { reference } = await params;
  const { key } = await searchParams;
  // Only the manage link (reference and its key) opens a booking; anything else is a 404.
  const found = typeof key === "string" && key.length <= 100 ? await bookingForManageLink(reference, key) : null;
  if (!found) notFound();
  const { booking, show, seats, manageKey } = found;
  const status = STATUS[booking.status] ?? { label: booking.status, className: "bg-slate-200 text-slate-700" };
  const paid = booking.totalCents;
  const remaining = seats.reduce((sum, s) => sum + s.priceCents, 0);

  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm font-medium text-emerald-700">{booking.status === "confirmed" ? "You're going!" : "Booking"}</p>
          <h1 className="text-2xl font-bold tracking-tight">{show?.title ?? "Your booking"}</h1>
          {show && (
            <p className="text-slate-600">
              {show.venue} · {formatShowDate(show.startsAt, show.timeZone)}
            </p>
          )}
          <p className="mt-2">
            <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${status.className}`} data-booking-status={booking.status}>
              {status.label}
            </span>
          </p>
        </div>
        <BookingQrCode reference={booking.reference} />
      </div>

      <section className="mt-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="font-semibold">Seats</h2>
        {seats.length === 0 ? (
          <p className="mt-2 text-slate-600">No seats remain in this booking.</p>
        ) : (
          <BookedSeatList seats={seats} currency={booking.currency} />
        )}
        <dl className="mt-3 space-y-1 border-t border-slate-200 pt-3 text-sm">
          <div className="flex justify-between">
            <dt>Paid</dt>
            <dd className="tabular-nums">{formatMoney(paid, booking.currency)}</dd>
          </div>
          {booking.refundedCents > 0 && (
            <div className="flex justify-between text-emerald-800">
              <dt>Refunded</dt>
              <dd className="tabular-nums">{formatMoney(booking.refundedCents, booking.currency)}</dd>
            </div>
          )}
          <div className="flex justify-between">
            <dt>Booked for</dt>
            <dd>
              {booking.customerName} ({booking.customerEmail})
            </dd>
          </div>
        </dl>
      </section>

      {booking.status === "confirmed" && seats.length > 0 && (
        <section className="mt-6">
          <CancelBookingForm
            manageKey={manageKey}
            reference={booking.reference}
            currency={booking.currency}
            seats={seats.map((s) => ({ seatId: s.seatId, label: seatLabel(s), price: formatMoney(s.priceCents, booking.currency) }))}
          />
          <p className="mt-2 text-xs text-slate-500">Remaining value: {formatMoney(remaining, booking.currency)}</p>
        </section>
      )}

      <p className="mt-8 text-sm text-slate-600">
        Keep this page&apos;s link or your reference <strong className="font-mono">{booking.reference}</strong> with your email address to find your booking again.{" "}
        <Link href="/" className="font-medium text-indigo-700 underline">
          See more shows
        </Link>
      </p>
    </main>
  );
}
