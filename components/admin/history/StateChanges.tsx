import type { StateChange } from "@/lib/admin/state-diff";

const MAX_SHOWN = 100;
const show = (value: unknown) => (value === undefined ? "—" : JSON.stringify(value).slice(0, 160));
const KIND_STYLE = { added: "text-emerald-700", removed: "text-rose-700", changed: "text-amber-700" } as const;

/** What one version changed in the aggregate's state, path by path (SeatsAdded can add thousands: capped). */
export function StateChanges({ changes }: { changes: StateChange[] }) {
  if (changes.length === 0) return <p className="text-sm text-slate-600">This version left the state as it was.</p>;
  return (
    <div>
      <ul aria-label="Changes from the previous version" className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white text-xs">
        {changes.slice(0, MAX_SHOWN).map((change) => (
          <li key={`${change.kind}:${change.path}`} className="grid gap-1 px-3 py-1.5 sm:grid-cols-[4.5rem_minmax(0,14rem)_minmax(0,1fr)]">
            <span className={`font-semibold ${KIND_STYLE[change.kind]}`}>{change.kind}</span>
            <span className="break-all font-mono text-slate-900">{change.path || "(whole state)"}</span>
            <span className="break-all font-mono text-slate-600">
              {change.kind === "changed" && `${show(change.before)} → ${show(change.after)}`}
              {change.kind === "added" && show(change.after)}
              {change.kind === "removed" && show(change.before)}
            </span>
          </li>
        ))}
      </ul>
      {changes.length > MAX_SHOWN && <p className="mt-1 text-xs text-slate-500">… and {changes.length - MAX_SHOWN} more changes.</p>}
    </div>
  );
}
