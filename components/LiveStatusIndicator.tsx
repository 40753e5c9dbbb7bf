import type { LiveStatus } from "@/lib/realtime/use-live-seats";

const LABELS: Record<LiveStatus, { text: string; dot: string }> = {
  connecting: { text: "Connecting…", dot: "bg-slate-400" },
  "catching-up": { text: "Catching up…", dot: "bg-amber-400" },
  live: { text: "Live", dot: "bg-emerald-500" },
  offline: { text: "Connection lost — reconnecting", dot: "bg-red-500" },
};

/** Says whether the seat map is following changes live, so nobody trusts a stale map. */
export function LiveStatusIndicator({ status }: { status: LiveStatus }) {
  const label = LABELS[status];
  return (
    <p role="status" aria-live="polite" data-live-status={status} className="inline-flex items-center gap-2 rounded-full bg-white px-3 py-1 text-xs font-medium text-slate-700 shadow-sm ring-1 ring-slate-200">
      <span className={`h-2 w-2 rounded-full ${label.dot} ${status === "live" ? "" : "animate-pulse"}`} aria-hidden="true" />
      {label.text}
    </p>
  );
}
