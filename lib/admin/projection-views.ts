// What the projection-control page shows, as plain data for its components (no runner or store types):
// checkpoints and lag, rebuild progress, and the differences a verification found.

/** How far a rebuild or a verification has come. */
export interface RebuildProgressView {
  name: string;
  position: number;
  target: number;
  percent: number;
  done: boolean;
}

export interface RebuildState {
  progress: RebuildProgressView;
  startedAt: string;
  /** Set when the rebuild threw. */
  error: string | null;
  /** The instance running it (host:pid), when it is not the one answering. */
  elsewhere?: string | null;
}

/**
 * Seconds a running rebuild still needs at the pace it has kept since it started (null until it has
 * moved, or when it is over). The log keeps growing meanwhile, so this is an estimate that settles.
 */
export function rebuildSecondsLeft(state: RebuildState, now: number): number | null {
  const { position, target, done } = state.progress;
  const elapsed = (now - Date.parse(state.startedAt)) / 1000;
  if (done || state.error || position <= 0 || !(elapsed > 0)) return null;
  return Math.max(0, Math.ceil(((target - position) * elapsed) / position));
}

export interface ProjectionStatusRow {
  name: string;
  /** A read table, the process manager, or a reaction that sends something out (emails, the integration feed). */
  kind: "projection" | "process-manager" | "outbound";
  /** The highest position applied, from the checkpoint row or this process's runner, whichever is further. */
  position: number;
  lagEvents: number;
  /** Age of the oldest event it has not applied yet, in milliseconds (0 when caught up). */
  lagMs: number;
  status: string;
  lastError: string | null;
  updatedAt: string | null;
  rebuild: RebuildState | null;
}

export interface ProjectionStatusReport {
  head: number;
  checkedAt: string;
  rows: ProjectionStatusRow[];
}

export interface VerificationField {
  field: string;
  /** What replaying the log gives. */
  expected: unknown;
  /** What the live table holds. */
  actual: unknown;
}

export interface VerificationDifference {
  key: string;
  kind: "missing" | "extra" | "different";
  row?: Record<string, unknown>;
  fields?: VerificationField[];
}

/** A verification's outcome: the table against a replay of the log. */
export interface VerificationReport {
  name: string;
  position: number;
  rowsExpected: number;
  rowsLive: number;
  missing: number;
  extra: number;
  different: number;
  differences: VerificationDifference[];
  truncated: boolean;
  checkedAt: string;
}
