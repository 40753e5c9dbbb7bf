import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { showIdSchema } from "@/lib/http/inputs";
import { publicShow, showPageForCaller } from "@/lib/customers/shows";
import { formatShowDate, timeZoneNote } from "@/lib/format";
import { ShowBooking } from "@/components/ShowBooking";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const showIdOf = async (params: Props["params"]) => {
  const id = showIdSchema.safeParse((await params).id);
  return id.success ? id.data : null;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = await showIdOf(params);
  const show = id ? await publicShow(id) : null;
  if (!show) return { title: "Show not found" };
  // What a shared link previews: the show, when on the venue's clock, and where.
  const when = formatShowDate(show.startsAt, show.timeZone);
  const description = `${when} at ${show.venue}.${show.status === "cancelled" ? " This show has been cancelled." : " Choose your seats on the live seat map."}`;
  return {
    title: `${show.title} — choose your seats`,
    description,
    alternates: { canonical: `/shows/${show.showId}` },
    openGraph: {
      type: "website",
      siteName: "Seatwise",
      title: `${show.title} · ${show.venue}`,
      description,
      url: `/shows/${show.showId}`,
      locale: "en_GB",
      images: [{ url: "/og-image.png", width: 1200, height: 630, alt: `${show.title} at ${show.venue}` }],
    },
    twitter: { card: "summary_large_image", title: `${show.title} · ${show.venue}`, description },
  };
}

export default async function ShowPage({ params }: Props) {
  const id = await showIdOf(params);
  const page = id ? await showPageForCaller(id) : null;
  if (!page) notFound();
  const { show, position, map, layout, mine, heldBookingId } = page;

  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{show.title}</h1>
      <p className="mt-1 text-slate-600">
        {show.venue} ·{" "}
        <time dateTime={show.startsAt.toISOString()} className="font-medium text-slate-800">
          {formatShowDate(show.startsAt, show.timeZone)}
        </time>
      </p>
      <p className="mt-0.5 text-xs text-slate-500">{timeZoneNote(show.timeZone)}</p>
      {show.description && <p className="mt-2 max-w-3xl text-slate-700">{show.description}</p>}
      {show.status === "cancelled" ? (
        <p className="mt-6 rounded-lg bg-red-50 p-4 text-red-800" role="alert">
          This show has been cancelled. Every booking has been refunded.
        </p>
      ) : (
        <ShowBooking
          showId={show.showId}
          currency={show.currency}
          map={map}
          initialPosition={position}
          layout={layout}
          mine={mine}
          heldBookingId={heldBookingId}
        />
      )}
    </main>
  );
}
