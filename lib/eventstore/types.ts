// The shapes the event store reads and writes.

export interface EventMetadata {
  commandId: string | null;
  correlationId: string;
  causationId: string | null;
  actor: string;
  occurredAt: string;
}

/** An event as a decider emits it: a type plus its fields. */
export interface NewEvent {
  type: string;
  [field: string]: unknown;
}

export interface StoredEvent<E extends NewEvent = NewEvent> {
  position: number;
  streamId: string;
  category: string;
  version: number;
  schemaVersion: number;
  event: E;
  metadata: EventMetadata;
}

/** A stream's version before the append: a number (0 = no events yet), "no_stream", or "any" (no check). */
export type ExpectedVersion = number | "no_stream" | "any";

export interface StreamAppend {
  streamId: string;
  expectedVersion: ExpectedVersion;
  events: NewEvent[];
}

/** Everything one command writes, to one or more streams, atomically. */
export interface Commit {
  commandId?: string;
  correlationId?: string;
  causationId?: string | null;
  actor?: string;
  occurredAt?: Date;
  appends: StreamAppend[];
}

export interface CommitResult {
  /** True when this commandId was handled before: nothing was appended now. */
  duplicate: boolean;
  /** Stream versions after the commit. */
  versions: Record<string, number>;
  positions: number[];
  /** The highest position written (0 when nothing was written). */
  lastPosition: number;
}

export interface ReadAllOptions {
  after?: number;
  limit?: number;
  categories?: string[];
  types?: string[];
  correlationId?: string;
  /** Correlation ids that start and end so (LIKE, wildcards in both parts taken literally; on SQLite ASCII case is ignored). */
  correlationIdPattern?: { startsWith: string; endsWith: string };
  streamId?: string;
  from?: Date;
  to?: Date;
  /** Newest first (the history viewer pages backwards). */
  backwards?: boolean;
  before?: number;
}

export const categoryOf = (streamId: string): string => {
  const dash = streamId.indexOf("-");
  return dash === -1 ? streamId : streamId.slice(0, dash);
};
