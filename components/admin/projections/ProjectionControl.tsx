"use client";
// Live projection control: polls the staff status route every second and follows rebuild progress
// over the staff Socket.IO room, so the bar moves between polls and still completes without a socket.
import { useCallback, useEffect, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { ProjectionStatusReport, RebuildState, VerificationReport } from "@/lib/admin/projection-views";
import type { ClientToServer, ProjectionProgressMessage, ServerToClient } from "@/lib/realtime/messages";
import { ProjectionCard, type VerifyState } from "./ProjectionCard";

const POLL_MS = 1000;

/** Within one rebuild progress only grows; a later start replaces an earlier rebuild. */
function later(a: RebuildState | undefined, b: RebuildState): boolean {
  if (!a) return true;
  if (b.startedAt !== a.startedAt) return b.startedAt > a.startedAt;
  if (b.error && !a.error) return true;
  return b.progress.percent > a.progress.percent || (b.progress.done && !a.progress.done);
}

async function problemOf(response: Response): Promise<string> {
  if (response.status === 401) return "Your staff session has ended: sign in again.";
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  return body?.error ?? `The server answered ${response.status}`;
}

export function ProjectionControl({ initial }: { initial: ProjectionStatusReport }) {
  const [report, setReport] = useState(initial);
  const [refreshError, setRefreshError] = useState<string | null>(null);
  const [rebuilds, setRebuilds] = useState<Record<string, RebuildState>>(() =>
    Object.fromEntries(initial.rows.flatMap((r) => (r.rebuild ? [[r.name, r.rebuild]] : []))),
  );
  const [verifies, setVerifies] = useState<Record<string, VerifyState>>({});
  const [live, setLive] = useState(false);

  const mergeRebuild = useCallback((name: string, next: RebuildState) => {
    setRebuilds((current) => (later(current[name], next) ? { ...current, [name]: next } : current));
  }, []);

  useEffect(() => {
    let stopped = false;
    const refresh = async () => {
      try {
        const response = await fetch("/api/admin/projections", { cache: "no-store" });
        if (!response.ok) throw new Error(await problemOf(response));
        const body = (await response.json()) as ProjectionStatusReport;
        if (stopped) return;
        setReport(body);
        setRefreshError(null);
        for (const row of body.rows) if (row.rebuild) mergeRebuild(row.name, row.rebuild);
      } catch (error) {
        if (!stopped) setRefreshError(error instanceof Error ? error.message : String(error));
      }
    };
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [mergeRebuild]);

  useEffect(() => {
    const socket: Socket<ServerToClient, ClientToServer> = io({ transports: ["websocket", "polling"] });
    socket.on("connect", () => socket.emit("admin:join", {}, (ack) => setLive(ack.ok)));
    socket.on("disconnect", () => setLive(false));
    socket.on("admin:projection", (message: ProjectionProgressMessage) => {
      if (message.operation !== "rebuild") return;
      const { name, position, target, percent, done } = message;
      const progress = { name, position, target, percent, done };
      setRebuilds((current) => {
        const known = current[message.name];
        // A message from a rebuild this page has not heard of yet starts a fresh entry; the next poll fills in its start.
        const next: RebuildState = { startedAt: known?.startedAt ?? "", error: null, elsewhere: known?.elsewhere ?? null, progress };
        return later(known, next) ? { ...current, [message.name]: next } : current;
      });
    });
    return () => {
      socket.disconnect();
    };
  }, []);

  const rebuild = useCallback(
    async (name: string) => {
      setVerifies((current) => ({ ...current, [name]: { busy: false, report: null, error: null } }));
      try {
        const response = await fetch(`/api/admin/projections/${encodeURIComponent(name)}/rebuild`, { method: "POST" });
        if (!response.ok) throw new Error(await problemOf(response));
        mergeRebuild(name, (await response.json()) as RebuildState);
      } catch (error) {
        setVerifies((current) => ({ ...current, [name]: { busy: false, report: null, error: error instanceof Error ? error.message : String(error) } }));
      }
    },
    [mergeRebuild],
  );

  const verify = useCallback(async (name: string) => {
    setVerifies((current) => ({ ...current, [name]: { busy: true, report: null, error: null } }));
    try {
      const response = await fetch(`/api/admin/projections/${encodeURIComponent(name)}/verify`, { method: "POST" });
      if (!response.ok) throw new Error(await problemOf(response));
      const report = (await response.json()) as VerificationReport;
      setVerifies((current) => ({ ...current, [name]: { busy: false, report, error: null } }));
    } catch (error) {
      setVerifies((current) => ({ ...current, [name]: { busy: false, report: null, error: error instanceof Error ? error.message : String(error) } }));
    }
  }, []);

  return (
    <div>
      <p className="text-sm text-slate-600" aria-live="off">
        Log head at position <span className="font-mono tabular-nums">{report.head.toLocaleString("en")}</span> · refreshed{" "}
        {new Date(report.checkedAt).toLocaleTimeString("en-GB")} · {live ? "live progress on" : "polling every second"}
      </p>
      {refreshError && (
        <p role="alert" className="mt-2 rounded border border-red-200 bg-red-50 p-2 text-sm text-red-900">
          Could not refresh: {refreshError} Showing the last known state.
        </p>
      )}
      {report.rows.length === 0 ? (
        <p className="mt-4 rounded border border-dashed border-slate-300 p-6 text-center text-slate-600">No projections are registered.</p>
      ) : (
        <div className="mt-4 grid gap-4 lg:grid-cols-2">
          {report.rows.map((row) => (
            <ProjectionCard
              key={row.name}
              row={row}
              rebuild={rebuilds[row.name] ?? null}
              now={Date.parse(report.checkedAt)}
              verify={verifies[row.name]}
              onRebuild={rebuild}
              onVerify={verify}
            />
          ))}
        </div>
      )}
    </div>
  );
}
