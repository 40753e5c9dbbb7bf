// A booking's status as a small badge: the word carries the meaning, the colour only helps.
const TONES: Record<string, string> = {
  confirmed: "bg-emerald-100 text-emerald-900",
  held: "bg-amber-100 text-amber-900",
  started: "bg-amber-100 text-amber-900",
  cancelled: "bg-slate-200 text-slate-800",
  expired: "bg-slate-200 text-slate-800",
  payment_failed: "bg-red-100 text-red-900",
};

export function BookingStatusBadge({ status }: { status: string }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${TONES[status] ?? "bg-slate-100 text-slate-800"}`}>{status.replaceAll("_", " ")}</span>;
}
