"use client";
// The dashboard's live part: one staff connection feeds the counters, the charts and the timeline.
import { useStaffFeed } from "@/lib/admin/use-staff-feed";
import type { Dashboard } from "@/lib/admin/dashboard";
import type { StaffEventMessage } from "@/lib/realtime/messages";
import { LiveStatusIndicator } from "@/components/LiveStatusIndicator";
import { EventTimeline } from "./EventTimeline";
import { SalesCharts } from "./SalesCharts";
import { ShowCounters } from "./ShowCounters";

export function LiveDashboard({ initial, initialEvents }: { initial: Dashboard; initialEvents: StaffEventMessage[] }) {
  const { dashboard, events, status, error } = useStaffFeed(initial, initialEvents);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Dashboard</h1>
        <LiveStatusIndicator status={status} />
      </div>
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
          {error}. The numbers below may be out of date.
        </p>
      )}
      <section aria-labelledby="shows-heading">
        <h2 id="shows-heading" className="sr-only">
          Shows
        </h2>
        <ShowCounters shows={dashboard.shows} />
      </section>
      <SalesCharts sales={dashboard.sales} />
      <EventTimeline events={events} shows={dashboard.shows} />
    </div>
  );
}
