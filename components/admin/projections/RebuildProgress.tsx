import { rebuildSecondsLeft, type RebuildState } from "@/lib/admin/projection-views";
import { formatLag } from "./format-lag";

/**
 * A rebuild's progress as an accessible bar (screen readers hear the percentage as it moves), with the
 * time it still needs at its pace so far and, when another instance runs it, which one.
 */
export function RebuildProgress({ rebuild, now }: { rebuild: RebuildState; now: number }) {
  const { progress, error } = rebuild;
  const label = `Rebuild of ${progress.name}`;
  const left = rebuildSecondsLeft(rebuild, now);
  return (
    <div className="mt-3">
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span className="font-medium text-slate-700">{error ? "Rebuild failed" : progress.done ? "Rebuilt" : "Rebuilding…"}</span>
        <span className="tabular-nums text-slate-600" aria-hidden="true">
          {progress.percent}% · position {progress.position.toLocaleString("en")} of {progress.target.toLocaleString("en")}
        </span>
      </div>
      {!progress.done && !error && (
        <p className="text-sm text-slate-600" data-testid="rebuild-eta">
          {left === null ? "Estimating time left…" : `About ${formatLag(left * 1000)} left`}
          {rebuild.elsewhere ? ` · running on ${rebuild.elsewhere}` : ""} · pages keep showing the current rows until the swap
        </p>
      )}
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={`${progress.percent}%, position ${progress.position} of ${progress.target}`}
        className="mt-1 h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-full rounded-full transition-[width] duration-300 ${error ? "bg-red-600" : progress.done ? "bg-emerald-600" : "bg-indigo-600"}`}
          style={{ width: `${progress.percent}%` }}
        />
      </div>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
