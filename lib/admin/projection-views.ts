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
}

export interface ProjectionStatusRow {
  name: string;
  kind: "projection" | "process-manager";
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
