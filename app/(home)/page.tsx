import { bookingSystem } from "@/lib/system";
import { listPublishedShows, showListing, showListPosition } from "@/lib/queries/shows";
import { ShowList } from "@/components/ShowList";

// The show list reads the ShowView projection on every request, then follows it live in the browser.
export const dynamic = "force-dynamic";

export default async function Home() {
  const { db } = await bookingSystem();
  // The position is read before the rows: the list is at least this current, and live updates continue from it.
  const position = await showListPosition(db.prisma);
  const shows = await listPublishedShows(db.prisma);
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <ShowList initialShows={shows.map(showListing)} initialPosition={position}>
        <h1 className="text-3xl font-bold tracking-tight">Upcoming shows</h1>
        <p className="mt-1 text-slate-600">Pick a show, choose your seats on the live map and hold them while you pay.</p>
      </ShowList>
    </main>
  );
}
