"use client";
// Bookings per minute and takings over the last two hours, bucketed from BookingConfirmed and RefundIssued events.
import { Area, AreaChart, Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SalesSeries } from "@/lib/admin/dashboard";
import { formatMoney } from "@/lib/format";

const clock = (iso: string) => `${iso.slice(11, 16)}`;

function ChartCard({ title, summary, children }: { title: string; summary: string; children: React.ReactNode }) {
  return (
    <figure className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <figcaption className="flex flex-wrap items-baseline justify-between gap-x-3">
        <span className="font-semibold">{title}</span>
        <span className="text-xs text-slate-500">{summary}</span>
      </figcaption>
      {/* The chart is a picture of the numbers in the caption; screen readers get the caption. Recharts'
          keyboard layer is off, so nothing inside this hidden picture takes focus. */}
      <div className="mt-3 h-48" aria-hidden="true">
        {children}
      </div>
    </figure>
  );
}

export function SalesCharts({ sales }: { sales: SalesSeries }) {
  const bookings = sales.points.reduce((n, p) => n + p.bookings, 0);
  const refunds = sales.points.reduce((n, p) => n + p.refunds, 0);
  const net = sales.points.at(-1)?.cumulativeCents ?? 0;
  const money = (cents: number) => formatMoney(cents, sales.currency);
  const axis = { fontSize: 11, fill: "#64748b" };
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartCard
        title="Bookings per minute"
        summary={`${bookings} confirmed${refunds ? `, ${refunds} refunded` : ""} in the last 2 hours (UTC)`}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={sales.points} margin={{ top: 4, right: 4, bottom: 0, left: -24 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
            <XAxis dataKey="minute" tickFormatter={clock} tick={axis} minTickGap={24} />
            <YAxis allowDecimals={false} tick={axis} />
            <Tooltip labelFormatter={(label) => `${clock(String(label))} UTC`} />
            <Bar dataKey="bookings" name="Bookings" fill="#4f46e5" isAnimationActive={false} />
            <Bar dataKey="refunds" name="Refunds" fill="#f59e0b" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard title="Sales over time" summary={`${money(net)} net in the last 2 hours (${sales.currency} shows)`}>
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart accessibilityLayer={false} data={sales.points} margin={{ top: 4, right: 4, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
            <XAxis dataKey="minute" tickFormatter={clock} tick={axis} minTickGap={24} />
            <YAxis tickFormatter={(cents: number) => money(cents).replace(/\.00$/, "")} tick={axis} width={64} />
            <Tooltip labelFormatter={(label) => `${clock(String(label))} UTC`} formatter={(value) => money(Number(value))} />
            <Area type="stepAfter" dataKey="cumulativeCents" name="Net sales" stroke="#4f46e5" fill="#c7d2fe" isAnimationActive={false} />
          </AreaChart>
        </ResponsiveContainer>
      </ChartCard>
    </div>
  );
}
