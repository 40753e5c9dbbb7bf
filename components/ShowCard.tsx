import Link from "next/link";
import type { ShowView } from "@/lib/db/generated/sqlite";
import { availabilityOf } from "@/lib/queries/shows";
import { formatMoney, formatShowDate } from "@/lib/format";
import { AvailabilityBadge } from "./AvailabilityBadge";

export function ShowCard({ show }: { show: ShowView }) {
  const availability = availabilityOf(show);
  return (
    <li className="rounded-xl border border-slate-200 bg-white shadow-sm transition hover:shadow-md">
      <Link href={`/shows/${show.showId}`} className="block rounded-xl p-5 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h2 className="text-xl font-semibold text-slate-900">{show.title}</h2>
          <AvailabilityBadge availability={availability} />
        </div>
        <p className="mt-1 text-slate-600">
          {show.venue} · <time dateTime={show.startsAt.toISOString()}>{formatShowDate(show.startsAt)}</time>
        </p>
        <p className="mt-3 text-sm text-slate-700">
          {formatMoney(show.minPriceCents, show.currency)} – {formatMoney(show.maxPriceCents, show.currency)} ·{" "}
          {show.seatsAvailable.toLocaleString("en-GB")} of {show.seatsTotal.toLocaleString("en-GB")} seats available
        </p>
      </Link>
    </li>
  );
}
