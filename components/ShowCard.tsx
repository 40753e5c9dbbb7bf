import Link from "next/link";
import { availabilityOf, type ShowListing } from "@/lib/queries/shows";
import { formatMoney, formatShowDate } from "@/lib/format";
import { AvailabilityBadge, type BadgeState } from "./AvailabilityBadge";

const badgeOf = (show: ShowListing): BadgeState =>
  show.status === "published" ? availabilityOf(show) : show.status === "cancelled" ? "cancelled" : "off_sale";

export function ShowCard({ show }: { show: ShowListing }) {
  const onSale = show.status === "published";
  return (
    <li data-show-id={show.showId} className={`rounded-xl border border-slate-200 shadow-sm transition hover:shadow-md ${onSale ? "bg-white" : "bg-slate-100"}`}>
      <Link href={`/shows/${show.showId}`} className="block rounded-xl p-5 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h2 className="text-xl font-semibold text-slate-900">{show.title}</h2>
          <AvailabilityBadge availability={badgeOf(show)} />
        </div>
        <p className="mt-1 text-slate-600">
          {show.venue} · <time dateTime={show.startsAt}>{formatShowDate(show.startsAt, show.timeZone)}</time>
        </p>
        <p className="mt-3 text-sm text-slate-700">
          {onSale ? (
            <>
              {formatMoney(show.minPriceCents, show.currency)} – {formatMoney(show.maxPriceCents, show.currency)} ·{" "}
              <span data-seats-available={show.seatsAvailable} className="tabular-nums">
                {show.seatsAvailable.toLocaleString("en-GB")} of {show.seatsTotal.toLocaleString("en-GB")} seats available
              </span>
            </>
          ) : (
            "Tickets for this show are no longer sold."
          )}
        </p>
      </Link>
    </li>
  );
}
