// Per show: seats available, held and booked, an occupancy bar and revenue, as the ShowView projection has them.
import Link from "next/link";
import type { DashboardShow } from "@/lib/admin/dashboard";
import { formatMoney, formatShowDate } from "@/lib/format";
import { OccupancyBar } from "./OccupancyBar";
import { ShowStatusBadge } from "./ShowStatusBadge";

function Count({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums" data-testid={testId}>
        {value.toLocaleString("en")}
      </dd>
    </div>
  );
}

export function ShowCounters({ shows }: { shows: DashboardShow[] }) {
  if (shows.length === 0)
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-slate-600">
        No shows yet. <Link href="/admin/shows/new" className="font-medium text-indigo-700 underline">Create the first one</Link>.
      </p>
    );
  return (
    <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {shows.map((show) => (
        <li key={show.showId} data-show-id={show.showId} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex items-start justify-between gap-2">
            <div className="min-w-0">
              <h3 className="truncate font-semibold">
                <Link href={`/admin/shows/${show.showId}`} className="hover:underline">
                  {show.title}
                </Link>
              </h3>
              <p className="truncate text-xs text-slate-500">
                {show.venue} · {formatShowDate(show.startsAt, show.timeZone)}
              </p>
            </div>
            <ShowStatusBadge status={show.status} />
          </div>
          <dl className="mt-3 grid grid-cols-3 gap-2">
            <Count label="Available" value={show.seats.available} testId="seats-available" />
            <Count label="Held" value={show.seats.held} testId="seats-held" />
            <Count label="Booked" value={show.seats.booked} testId="seats-booked" />
            {/* A full row of its own: takings run to more digits than seat counts. */}
            <div className="col-span-3 flex items-baseline justify-between border-t border-slate-100 pt-2">
              <dt className="text-xs text-slate-500">Revenue</dt>
              <dd className="text-lg font-semibold tabular-nums" data-testid="revenue">
                {formatMoney(show.revenueCents, show.currency)}
              </dd>
            </div>
          </dl>
          <div className="mt-3">
            <OccupancyBar total={show.seats.total} held={show.seats.held} booked={show.seats.booked} />
            <p className="mt-1 text-xs text-slate-500">{show.seats.total.toLocaleString("en")} seats</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
