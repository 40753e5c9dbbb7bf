import Link from "next/link";
import type { TimeTravelView } from "@/lib/admin/history-event";
import { JsonView } from "./JsonView";
import { StateChanges } from "./StateChanges";
import { streamHref } from "./history-links";

/** The aggregate's state at one version, replayed through its decider, and what that version changed. */
export function TimeTravelPanel({ streamId, travel, currentVersion }: { streamId: string; travel: TimeTravelView; currentVersion: number }) {
  const { version, seatCounts: counts } = travel;
  return (
    <div className="space-y-4" data-time-travel-version={version}>
      {/* Keyed by version: a client navigation to another version must reset the uncontrolled input. */}
      <form key={version} method="get" className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3">
        <label className="text-xs font-semibold text-slate-600">
          Version (0–{currentVersion})
          <input type="number" name="version" min={0} max={currentVersion} defaultValue={version} className="mt-1 block w-28 rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
        </label>
        <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-700">
          Show state
        </button>
        <span className="ml-auto flex gap-3 text-sm">
          {version > 0 && (
            <Link href={streamHref(streamId, version - 1)} className="text-indigo-700 hover:underline">
              ← v{version - 1}
            </Link>
          )}
          {version < currentVersion && (
            <Link href={streamHref(streamId, version + 1)} className="text-indigo-700 hover:underline">
              v{version + 1} →
            </Link>
          )}
        </span>
      </form>
      <div>
        <h3 className="mb-1 font-semibold">
          What v{version} changed{travel.eventType ? ` (${travel.eventType})` : ""}
        </h3>
        {version === 0 ? <p className="text-sm text-slate-600">Version 0 is the state before any event.</p> : <StateChanges changes={travel.changes} />}
      </div>
      {counts && (
        <div>
          <h3 className="mb-1 font-semibold">Seats by status at v{version}</h3>
          <dl className="flex flex-wrap gap-2 text-sm" aria-label="Seats by status">
            {Object.entries(counts).map(([status, count]) => (
              <div key={status} className="rounded-md border border-slate-200 bg-white px-3 py-1.5">
                <dt className="text-xs text-slate-500">{status}</dt>
                <dd className="font-semibold">{count}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      <div>
        <h3 className="mb-1 font-semibold">State at v{version}</h3>
        <JsonView value={travel.state} label={`State at version ${version}`} />
      </div>
    </div>
  );
}
