import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { bookingIdSchema } from "@/lib/http/inputs";
import { checkoutForCaller } from "@/lib/customers/checkout";
import { formatMoney, formatShowDate } from "@/lib/format";
import { BookedSeatList } from "@/components/BookedSeatList";
import { CheckoutForm, type LastPaymentAttempt } from "@/components/CheckoutForm";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Checkout" };

const ENDED: Record<string, string> = {
  expired: "This hold expired before it was paid, and the seats went back on sale.",
  // Only bookings from before a declined card could be retried end this way.
  payment_failed: "The payment was declined, so the seats were released.",
  cancelled: "This hold was released.",
};

function lastAttemptOf(booking: { lastPaymentFailure: string | null; paymentAttempts: number }): LastPaymentAttempt | null {
  const failure = booking.lastPaymentFailure;
  return failure === "declined" || failure === "timed_out" ? { failure, attempts: booking.paymentAttempts } : null;
}

export default async function CheckoutPage({ params }: { params: Promise<{ bookingId: string }> }) {
  const bookingId = bookingIdSchema.safeParse((await params).bookingId);
  // Somebody else's checkout answers exactly like a missing one.
  const checkout = bookingId.success ? await checkoutForCaller(bookingId.data) : null;
  if (!checkout) notFound();
  const { booking, show, seats, confirmedUrl, serverNow } = checkout;
  if (confirmedUrl) redirect(confirmedUrl);
  const total = formatMoney(booking.totalCents, booking.currency);

  return (
    <main className="mx-auto grid max-w-6xl gap-6 px-4 py-6 md:grid-cols-[1fr_22rem]">
      <section>
        <h1 className="text-2xl font-bold tracking-tight">Checkout</h1>
        {show && (
          <p className="mt-1 text-slate-600">
            {show.title} · {show.venue} · {formatShowDate(show.startsAt, show.timeZone)}
          </p>
        )}
        <div className="mt-4">
          {booking.status === "held" && booking.holdExpiresAt ? (
            <CheckoutForm
              bookingId={booking.bookingId}
              showId={booking.showId}
              expiresAt={booking.holdExpiresAt.toISOString()}
              serverNow={serverNow}
              totalLabel={total}
              extended={booking.holdExtensions > 0}
              lastAttempt={lastAttemptOf(booking)}
            />
          ) : (
            <div className="rounded-xl border border-amber-300 bg-amber-50 p-5" role="alert">
              <p className="text-amber-900">{ENDED[booking.status] ?? "This booking can no longer be paid."}</p>
              <Link href={`/shows/${booking.showId}`} className="mt-4 inline-block rounded-lg bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-700">
                Start again
              </Link>
            </div>
          )}
        </div>
      </section>
      <aside className="h-fit rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="font-semibold">Your seats</h2>
        <BookedSeatList seats={seats} currency={booking.currency} />
        <p className="mt-3 flex justify-between border-t border-slate-200 pt-3 font-semibold">
          <span>Total</span>
          <span className="tabular-nums">{total}</span>
        </p>
      </aside>
    </main>
  );
}
