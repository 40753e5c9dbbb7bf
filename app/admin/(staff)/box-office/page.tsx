import type { Metadata } from "next";
import { z } from "zod";
import { readBookingSearch } from "@/lib/admin/reads/box-office";
import { firstValues, type SearchParams } from "@/lib/admin/history-filters";
import { BookingResults } from "@/components/admin/box-office/BookingResults";
import { BookingSearchForm } from "@/components/admin/box-office/BookingSearchForm";
import { EmptyState } from "@/components/admin/history/EmptyState";

export const metadata: Metadata = { title: "Box office — staff" };

const searchQuery = z.object({ q: z.string().trim().max(200, "Search for at most 200 characters").default("") });

export default async function BoxOfficePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = firstValues(await searchParams);
  const parsed = searchQuery.safeParse(raw);
  const query = parsed.success ? parsed.data.q : "";
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Box office</h1>
        <p className="text-slate-600">Find a booking by its reference, the customer&apos;s email, or part of their name.</p>
      </div>
      <BookingSearchForm query={raw.q ?? ""} />
      {!parsed.success ? (
        <p role="alert" className="text-red-700">
          {parsed.error.issues[0]?.message}
        </p>
      ) : query === "" ? null : (
        <Results query={query} />
      )}
    </div>
  );
}

async function Results({ query }: { query: string }) {
  const bookings = await readBookingSearch(query);
  if (bookings.length === 0)
    return (
      <EmptyState title={`No booking matches “${query}”`}>
        Check the reference (it looks like Z2NB-JF12), or try the email address or a part of the name. Unpaid holds have no name or email yet.
      </EmptyState>
    );
  return (
    <section aria-labelledby="results-title" className="space-y-2">
      <h2 id="results-title" className="font-semibold">
        {bookings.length === 1 ? "1 booking" : `${bookings.length} bookings`} found{bookings.length >= 50 ? " (the newest 50)" : ""}
      </h2>
      <BookingResults bookings={bookings} />
    </section>
  );
}
