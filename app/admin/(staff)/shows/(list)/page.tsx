import type { Metadata } from "next";
import Link from "next/link";
import { readShowList } from "@/lib/admin/reads/shows";
import { formatMoney, formatShowDate } from "@/lib/format";
import { publishShowAction } from "@/app/admin/actions/shows";
import { ActionForm } from "@/components/admin/ActionForm";
import { OccupancyBar } from "@/components/admin/OccupancyBar";
import { ShowStatusBadge } from "@/components/admin/ShowStatusBadge";

const n = (count: number) => count.toLocaleString("en");

export const metadata: Metadata = { title: "Shows — staff" };

export default async function ShowsPage() {
  const shows = await readShowList();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Shows</h1>
        <Link href="/admin/shows/new" className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-700">
          New show
        </Link>
      </div>
      {shows.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-slate-600">No shows yet. Create one to start selling.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm">
          {shows.map((show) => (
            <li key={show.showId} data-show-id={show.showId} className="grid gap-3 p-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1.3fr)_auto] md:items-center">
              <div className="min-w-0">
                <div className="flex items-center gap-2">
                  <Link href={`/admin/shows/${show.showId}`} className="truncate font-semibold hover:underline">
                    {show.title}
                  </Link>
                  <ShowStatusBadge status={show.status} />
                </div>
                <p className="truncate text-sm text-slate-600">
                  {show.venue} · {formatShowDate(show.startsAt, show.timeZone)}
                </p>
              </div>
              <div className="text-sm">
                <OccupancyBar total={show.seats.total} held={show.seats.held} booked={show.seats.booked} />
                <p className="mt-1 text-xs text-slate-600 tabular-nums">
                  {n(show.seats.booked)} booked · {n(show.seats.held)} held · {n(show.seats.available)} available of {n(show.seats.total)} ·{" "}
                  {formatMoney(show.revenueCents, show.currency)}
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                {show.status === "draft" && <ActionForm action={publishShowAction} hidden={{ showId: show.showId }} submitLabel="Publish" pendingLabel="Publishing…" />}
                <Link href={`/admin/shows/${show.showId}`} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold hover:bg-slate-50">
                  Manage
                </Link>
                {show.status !== "draft" && (
                  <Link href={`/shows/${show.showId}`} className="text-sm text-indigo-700 underline">
                    Public page
                  </Link>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
