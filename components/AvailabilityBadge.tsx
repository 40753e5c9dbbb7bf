import type { Availability } from "@/lib/queries/shows";

/** A show's availability, or why it is no longer on sale. */
export type BadgeState = Availability | "cancelled" | "off_sale";

const STYLES: Record<BadgeState, { label: string; className: string }> = {
  sold_out: { label: "Sold out", className: "bg-slate-200 text-slate-700" },
  few_left: { label: "Few seats left", className: "bg-amber-100 text-amber-900" },
  available: { label: "Seats available", className: "bg-emerald-100 text-emerald-900" },
  cancelled: { label: "Cancelled", className: "bg-red-100 text-red-800" },
  off_sale: { label: "No longer on sale", className: "bg-slate-200 text-slate-700" },
};

export function AvailabilityBadge({ availability }: { availability: BadgeState }) {
  const style = STYLES[availability];
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${style.className}`}>{style.label}</span>;
}
