import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { bookingSystem } from "@/lib/system";
import { findShow, seatMapPosition, seatsOfShow, type SeatDto, type SeatStatus } from "@/lib/queries/shows";
import { showIdSchema } from "@/lib/http/inputs";
import { currentCustomerId } from "@/lib/http/customer";
import { formatShowDate } from "@/lib/format";
import { ShowBooking } from "@/components/ShowBooking";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function loadShow(id: string) {
  const showId = showIdSchema.safeParse(id);
  if (!showId.success) return null;
  const { db } = await bookingSystem();
  const show = await findShow(db.prisma, showId.data);
  return show && show.status !== "draft" ? show : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const show = await loadShow((await params).id);
  return { title: show ? `${show.title} — choose your seats` : "Show not found" };
}

export default async function ShowPage({ params }: Props) {
  const show = await loadShow((await params).id);
  if (!show) notFound();
  const { db } = await bookingSystem();
  // The position is read before the seats: the map is at least this current, and live updates continue from it.
  const position = await seatMapPosition(db.prisma);
  const rows = await seatsOfShow(db.prisma, show.showId);
  const customerId = await currentCustomerId();
  const seats: SeatDto[] = rows.map((r) => ({
    seatId: r.seatId,
    section: r.section,
    row: r.row,
    number: r.number,
    tier: r.tier,
    priceCents: r.priceCents,
    status: r.status as SeatStatus,
  }));
  const myBookings = customerId
    ? await db.prisma.bookingView.findMany({ where: { showId: show.showId, customerId, status: { in: ["held", "confirmed"] } } })
    : [];
  const mine = myBookings.flatMap((b) => JSON.parse(b.seatIds) as string[]);
  const heldBooking = myBookings.find((b) => b.status === "held");

  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{show.title}</h1>
      <p className="mt-1 text-slate-600">
        {show.venue} · <time dateTime={show.startsAt.toISOString()}>{formatShowDate(show.startsAt)}</time>
      </p>
      {show.description && <p className="mt-2 max-w-3xl text-slate-700">{show.description}</p>}
      {show.status === "cancelled" ? (
        <p className="mt-6 rounded-lg bg-red-50 p-4 text-red-800" role="alert">
          This show has been cancelled. Every booking has been refunded.
        </p>
      ) : (
        <ShowBooking
          showId={show.showId}
          currency={show.currency}
          initialSeats={seats}
          initialPosition={position}
          mine={mine}
          heldBookingId={heldBooking?.bookingId ?? null}
        />
      )}
    </main>
  );
}
