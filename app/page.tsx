import { bookingSystem } from "@/lib/system";

// The show list reads the ShowView projection on every request.
export const dynamic = "force-dynamic";

const money = (cents: number | null, currency: string) =>
  cents === null ? "—" : new Intl.NumberFormat("en", { style: "currency", currency }).format(cents / 100);

export default async function Home() {
  const { db } = await bookingSystem();
  const shows = await db.prisma.showView.findMany({ where: { status: "published" }, orderBy: { startsAt: "asc" } });
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-3xl font-bold">Upcoming shows</h1>
      {shows.length === 0 ? (
        <p className="mt-6 text-slate-600">No shows are on sale yet.</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {shows.map((show) => (
            <li key={show.showId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="text-xl font-semibold">{show.title}</h2>
              <p className="text-slate-600">
                {show.venue} ·{" "}
                {new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short" }).format(show.startsAt)}
              </p>
              <p className="mt-2 text-sm">
                {money(show.minPriceCents, show.currency)} – {money(show.maxPriceCents, show.currency)} ·{" "}
                {show.seatsAvailable} of {show.seatsTotal} seats available
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
