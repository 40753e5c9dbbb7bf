import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { readBookingFile } from "@/lib/admin/reads/box-office";
import { bookingIdSchema } from "@/lib/http/inputs";
import { formatMoney, formatShowDate } from "@/lib/format";
import { extendHoldAction } from "@/app/admin/actions/box-office";
import { ActionForm } from "@/components/admin/ActionForm";
import { Panel } from "@/components/admin/Panel";
import { BookingStatusBadge } from "@/components/admin/box-office/BookingStatusBadge";
import { BookingSeats } from "@/components/admin/box-office/BookingSeats";
import { CancelSeatsForm } from "@/components/admin/box-office/CancelSeatsForm";
import { MoneyLines } from "@/components/admin/box-office/MoneyLines";
import { ResendLinkForm } from "@/components/admin/box-office/ResendLinkForm";
import { EventList } from "@/components/admin/history/EventList";
import { streamHref, utcTime } from "@/components/admin/history/history-links";

export const metadata: Metadata = { title: "Booking — box office" };

export default async function BookingPage({ params }: { params: Promise<{ bookingId: string }> }) {
  const id = bookingIdSchema.safeParse((await params).bookingId);
  if (!id.success) notFound();
  const booking = await readBookingFile(id.data);
  if (!booking) notFound();
  const paid = booking.payments.some((p) => p.type === "PaymentAuthorized");
  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href="/admin/box-office" className="text-indigo-800 underline underline-offset-2">
          ← Box office
        </Link>
      </p>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">
            Booking <span className="font-mono tracking-wider">{booking.reference}</span>
          </h1>
          <p className="text-slate-700">
            {booking.showTitle}
            {booking.venue ? ` · ${booking.venue}` : ""}
            {booking.startsAt && booking.timeZone ? ` · ${formatShowDate(booking.startsAt, booking.timeZone)}` : ""}
          </p>
          {!booking.confirmed && <p className="text-sm text-slate-600">Not confirmed yet: the customer gets this reference when they pay.</p>}
        </div>
        <div className="flex flex-col items-start gap-1 text-sm sm:items-end">
          <BookingStatusBadge status={booking.status} />
          <span className="tabular-nums">
            {formatMoney(booking.totalCents, booking.currency)} · refunded {formatMoney(booking.refundedCents, booking.currency)}
          </span>
        </div>
      </header>

      <div className="grid gap-4 lg:grid-cols-2">
        <Panel title="Customer">
          <dl className="grid grid-cols-[6rem_minmax(0,1fr)] gap-y-1 text-sm">
            <dt className="text-slate-600">Name</dt>
            <dd className="break-words">{booking.customerName ?? "Not given yet"}</dd>
            <dt className="text-slate-600">Email</dt>
            <dd className="break-all">{booking.customerEmail ?? "Not given yet"}</dd>
            {booking.holdExpiresAt && (
              <>
                <dt className="text-slate-600">Hold ends</dt>
                <dd>{utcTime(booking.holdExpiresAt)} UTC</dd>
              </>
            )}
            <dt className="text-slate-600">Stream</dt>
            <dd>
              <Link href={streamHref(`booking-${booking.bookingId}`)} className="break-all font-mono text-xs text-indigo-800 underline underline-offset-2">
                booking-{booking.bookingId}
              </Link>
            </dd>
          </dl>
        </Panel>

        <Panel title="What the desk can do">
          <div className="space-y-4">
            {booking.canResendLink && <ResendLinkForm bookingId={booking.bookingId} />}
            {booking.canExtendHold && (
              <ActionForm action={extendHoldAction} hidden={{ bookingId: booking.bookingId }} submitLabel="Extend the hold" pendingLabel="Extending…" tone="plain" />
            )}
            {booking.status === "held" && booking.holdExtended && <p className="text-sm text-slate-700">The hold has had its one extension.</p>}
            {booking.canCancel && (
              <CancelSeatsForm bookingId={booking.bookingId} currency={booking.currency} seats={booking.seats} canCancelSome={booking.canCancelSomeSeats} paid={paid} />
            )}
            {!booking.canResendLink && !booking.canExtendHold && !booking.canCancel && (
              <p className="text-sm text-slate-600">Nothing to do: this booking is {booking.status.replaceAll("_", " ")}.</p>
            )}
            {booking.resends.length > 0 && (
              <p className="text-sm text-slate-600">
                Link given again {booking.resends.length} {booking.resends.length === 1 ? "time" : "times"}, last on {utcTime(booking.resends.at(-1)?.occurredAt ?? "")} UTC.
              </p>
            )}
          </div>
        </Panel>
      </div>

      <Panel title="Seats">
        <BookingSeats seats={booking.seats} currency={booking.currency} />
      </Panel>

      <div className="grid gap-4 lg:grid-cols-2">
        <Panel title="Payments">
          <MoneyLines lines={booking.payments} currency={booking.currency} empty="No payment attempt yet." label="Payment attempts" />
        </Panel>
        <Panel title="Refunds">
          <MoneyLines lines={booking.refunds} currency={booking.currency} empty="Nothing refunded." label="Refunds" />
        </Panel>
      </div>

      <section aria-labelledby="life-title" className="space-y-2">
        <h2 id="life-title" className="font-semibold">
          Whole life <span className="font-normal text-slate-600">— every event of this booking, across streams and requests</span>
        </h2>
        <EventList events={booking.life} label="Events of this booking, oldest first" />
      </section>
    </div>
  );
}
