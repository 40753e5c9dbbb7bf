"use client";
import { useState } from "react";
import type { ProjectionStatusRow, RebuildState, VerificationReport } from "@/lib/admin/projection-views";
import { formatLag } from "./format-lag";
import { RebuildProgress } from "./RebuildProgress";
import { VerifyReportView } from "./VerifyReportView";

const ABOUT: Record<string, string> = {
  "show-view": "Show list and dashboard counters",
  "seat-view": "The seat map: one row per seat",
  "booking-view": "Bookings by id and by reference",
  "stream-view": "The history viewer's list of streams",
  "process-manager": "Reacts to events: hold deadlines, failed payments, cancellations",
  emails: "Sends confirmation and cancellation emails",
  "integration-feed": "Publishes public events to NATS JetStream (the integration feed)",
};

const STATUS_STYLE: Record<string, string> = {
  running: "bg-emerald-100 text-emerald-900",
  rebuilding: "bg-indigo-100 text-indigo-900",
  failed: "bg-red-100 text-red-900",
};

export interface VerifyState {
  busy: boolean;
  report: VerificationReport | null;
  error: string | null;
}

interface Props {
  row: ProjectionStatusRow;
  rebuild: RebuildState | null;
  /** When the page last refreshed (the rebuild's time left is counted from it). */
  now: number;
  verify: VerifyState | undefined;
  onRebuild(name: string): Promise<void>;
  onVerify(name: string): Promise<void>;
}

/** One projection (or the process manager): where it is, how far behind, and what staff can do with it. */
export function ProjectionCard({ row, rebuild, now, verify, onRebuild, onVerify }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [starting, setStarting] = useState(false);
  const headingId = `projection-${row.name}`;
  const rebuilding = !!rebuild && !rebuild.progress.done && !rebuild.error;
  const busy = rebuilding || starting || !!verify?.busy;

  const startRebuild = async () => {
    setConfirming(false);
    setStarting(true);
    try {
      await onRebuild(row.name);
    } finally {
      setStarting(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={headingId} className="font-mono text-base font-semibold">
            {row.name}
          </h2>
          <p className="text-sm text-slate-600">{ABOUT[row.name] ?? (row.kind === "projection" ? "Projection" : row.kind === "outbound" ? "Outbound reaction" : "Process manager")}</p>
        </div>
        <span className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[row.status] ?? "bg-slate-100 text-slate-800"}`}>
          {row.status}
        </span>
      </div>

      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-500">Checkpoint</dt>
          <dd className="font-mono tabular-nums" data-testid="checkpoint">
            {row.position.toLocaleString("en")}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Behind by</dt>
          <dd className="tabular-nums" data-testid="lag-events">
            {row.lagEvents.toLocaleString("en")} {row.lagEvents === 1 ? "event" : "events"}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Oldest unapplied</dt>
          <dd className="tabular-nums" data-testid="lag-time">
            {formatLag(row.lagMs)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Updated</dt>
          <dd className="tabular-nums">{row.updatedAt ? new Date(row.updatedAt).toLocaleTimeString("en-GB") : "never"}</dd>
        </div>
      </dl>

      {row.lastError && (
        <p className="mt-3 rounded border border-red-200 bg-red-50 p-2 text-sm break-words text-red-900">
          <span className="font-semibold">Last error: </span>
          {row.lastError}
        </p>
      )}

      {row.kind === "projection" && (
        <div className="mt-4 flex flex-wrap items-center gap-2">
          {confirming ? (
            <>
              <p className="w-full text-sm text-slate-700">
                Replay the whole log into a fresh copy of <span className="font-mono">{row.name}</span> and swap it in once it has caught
                up? Pages keep showing the current rows until then.
              </p>
              <button
                type="button"
                onClick={() => void startRebuild()}
                className="rounded bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2"
              >
                Start rebuild
              </button>
              <button
                type="button"
                onClick={() => setConfirming(false)}
                className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2"
              >
                Keep it
              </button>
            </>
          ) : (
            <>
              <button
                type="button"
                disabled={busy}
                onClick={() => setConfirming(true)}
                className="rounded bg-indigo-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-50"
              >
                Rebuild
              </button>
              <button
                type="button"
                disabled={busy}
                aria-busy={verify?.busy ?? false}
                onClick={() => void onVerify(row.name)}
                className="rounded border border-slate-300 px-3 py-1.5 text-sm font-semibold hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-50"
              >
                {verify?.busy ? "Verifying…" : "Verify"}
              </button>
            </>
          )}
        </div>
      )}

      {rebuild && <RebuildProgress rebuild={rebuild} now={now} />}
      {verify?.error && (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {verify.error}
        </p>
      )}
      {verify?.report && !verify.busy && <VerifyReportView report={verify.report} />}
    </section>
  );
}
