import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { showIdSchema } from "@/lib/http/inputs";
import { readManagedShow } from "@/lib/admin/reads/shows";
import { formatMoney, formatShowDate } from "@/lib/format";
import { utcToVenueTime } from "@/lib/domain/venue-time";
import { publishShowAction, rescheduleShowAction } from "@/app/admin/actions/shows";
import { ActionForm } from "@/components/admin/ActionForm";
import { AddSeatsForm } from "@/components/admin/AddSeatsForm";
import { CancelShowForm } from "@/components/admin/CancelShowForm";
import { Field } from "@/components/admin/Field";
import { LayoutEditor } from "@/components/admin/LayoutEditor";
import { OccupancyBar } from "@/components/admin/OccupancyBar";
import { Panel } from "@/components/admin/Panel";
import { RemoveSeatsForm } from "@/components/admin/RemoveSeatsForm";
import { ShowStatusBadge } from "@/components/admin/ShowStatusBadge";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export const metadata: Metadata = { title: "Manage show — staff" };

export default async function ManageShowPage({ params, searchParams }: Props) {
  const id = showIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  // The layout answered 404 for an unknown show; this covers one that vanished in between.
  const show = await readManagedShow(id.data);
  if (!show) notFound();
  const { seats } = show;
  const last = seats.at(-1);
  const open = show.status !== "cancelled";
  const created = (await searchParams).created === "1" && show.status === "draft";

  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href="/admin/shows" className="text-indigo-700 underline">
          ← Shows
        </Link>
      </p>
      {created && (
        <p role="status" className="rounded-lg bg-emerald-50 p-3 text-sm text-emerald-800">
          Show created as a draft. Publish it to put it on sale.
        </p>
      )}
      <header data-testid="show-header" className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <div className="flex items-center gap-2">
            <h1 className="text-2xl font-bold tracking-tight">{show.title}</h1>
            <ShowStatusBadge status={show.status} />
          </div>
          <p className="text-sm text-slate-600">
            {show.venue} · {formatShowDate(show.startsAt, show.timeZone)} · id <span className="font-mono">{show.showId}</span>
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {show.status === "draft" && <ActionForm action={publishShowAction} hidden={{ showId: show.showId }} submitLabel="Publish" pendingLabel="Publishing…" />}
          {show.status !== "draft" && (
            <Link href={`/shows/${show.showId}`} className="text-sm text-indigo-700 underline">
              Public page
            </Link>
          )}
          <Link href={`/admin/events/streams/show-${show.showId}`} className="text-sm text-indigo-700 underline">
            History
          </Link>
        </div>
      </header>
      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <OccupancyBar total={show.seatsTotal} held={show.seatsHeld} booked={show.seatsBooked} />
        <p className="mt-2 text-sm text-slate-700 tabular-nums">
          {show.seatsBooked} booked · {show.seatsHeld} held · {show.seatsAvailable} available of {show.seatsTotal} seats ·{" "}
          {formatMoney(show.revenueCents, show.currency)} revenue
        </p>
      </div>
      {open ? (
        <>
          <Panel title="Reschedule">
            <ActionForm action={rescheduleShowAction} hidden={{ showId: show.showId, timeZone: show.timeZone }} submitLabel="Reschedule" pendingLabel="Saving…" tone="plain" className="flex flex-wrap items-end gap-3">
              <Field label={`New start (${show.timeZone.replaceAll("_", " ")})`} name="startsAt" type="datetime-local" defaultValue={utcToVenueTime(show.startsAt, show.timeZone)} required />
            </ActionForm>
          </Panel>
          <Panel title="Add seats">
            <AddSeatsForm
              showId={show.showId}
              defaults={{
                section: last?.section ?? "Stalls",
                code: last?.seatId.split("-").length === 3 ? (last.seatId.split("-")[0] ?? "") : "",
                tier: last?.tier ?? "Standard",
                price: ((last?.priceCents ?? 3000) / 100).toFixed(2),
              }}
            />
          </Panel>
          <Panel title="Venue layout">
            <LayoutEditor showId={show.showId} currency={show.currency} seats={seats} layout={show.layout} />
          </Panel>
          <Panel title="Remove seats">
            <RemoveSeatsForm showId={show.showId} seats={seats} currency={show.currency} />
          </Panel>
          <Panel title="Cancel the show" tone="danger">
            <CancelShowForm showId={show.showId} bookedSeats={show.seatsBooked} />
          </Panel>
        </>
      ) : (
        <p role="status" className="rounded-lg bg-red-50 p-4 text-sm text-red-800">
          This show is cancelled: its bookings are cancelled and refunded by the process manager. Nothing more can change.
        </p>
      )}
    </div>
  );
}
