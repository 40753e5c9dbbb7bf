import { bookingSystem } from "@/lib/system";
import { listPublishedShows } from "@/lib/queries/shows";
import { ShowCard } from "@/components/ShowCard";

// The show list reads the ShowView projection on every request.
export const dynamic = "force-dynamic";

export default async function Home() {
  const { db } = await bookingSystem();
  const shows = await listPublishedShows(db.prisma);
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">Upcoming shows</h1>
      <p className="mt-1 text-slate-600">Pick a show, choose your seats on the live map and hold them while you pay.</p>
      {shows.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          No shows are on sale right now. Please check back soon.
        </p>
      ) : (
        <ul className="mt-6 grid gap-4 sm:grid-cols-2">
          {shows.map((show) => (
            <ShowCard key={show.showId} show={show} />
          ))}
        </ul>
      )}
    </main>
  );
}
