// A projection folds events into read-table rows. The fold is pure (row, event) -> row; loading and
// saving rows happen once per batch, so a rebuild costs a few statements per batch, not per event.
// The live runner and the rebuild share `fold`: only where rows come from and go to differs.
import type { DbKind } from "../db/database";
import type { SqlSession } from "../db/driver";
import type { DomainEvent, DomainEventType, StreamCategory } from "../domain/events";
import type { StoredEvent } from "../eventstore/types";

/** The batch's transaction, on the driver adapter: rebuilds read and write thousands of rows a second. */
export interface ProjectionContext {
  sql: SqlSession;
  kind: DbKind;
  /** A rebuild writes the shadow copies of the projection's tables (lib/projections/shadow-tables.ts). */
  shadow?: boolean;
}

export interface Projection<Row> {
  name: string;
  /** Categories read from the log (an index serves these). */
  categories: StreamCategory[];
  handles: readonly DomainEventType[];
  /** Its read tables: a rebuild fills shadow copies of them and swaps them in. */
  tables: string[];
  /** The rows an event touches. */
  keysOf(event: StoredEvent<DomainEvent>): string[];
  load(ctx: ProjectionContext, keys: string[]): Promise<Map<string, Row>>;
  /** Pure: the row after the event (undefined: leave it as it is). */
  apply(row: Row | undefined, key: string, event: StoredEvent<DomainEvent>): Row | undefined;
  save(ctx: ProjectionContext, rows: Row[]): Promise<void>;
}

/** The events of a batch this projection handles. */
export function relevantTo<Row>(projection: Projection<Row>, events: Array<StoredEvent<DomainEvent>>): Array<StoredEvent<DomainEvent>> {
  return events.filter((e) => projection.handles.includes(e.event.type));
}

/** The keys `events` touch, each once. */
export function keysTouched<Row>(projection: Projection<Row>, events: Array<StoredEvent<DomainEvent>>): string[] {
  return [...new Set(events.flatMap((e) => projection.keysOf(e)))];
}

/**
 * Folds `events` into `rows` in memory (pure `apply`, in log order) and records each row it changed in
 * `changed`, so a row touched by many events is saved once.
 */
export function fold<Row>(
  projection: Projection<Row>,
  rows: Map<string, Row>,
  events: Array<StoredEvent<DomainEvent>>,
  changed: Map<string, Row>,
): void {
  for (const event of events) {
    for (const key of projection.keysOf(event)) {
      const next = projection.apply(rows.get(key), key, event);
      if (next === undefined) continue;
      rows.set(key, next);
      changed.set(key, next);
    }
  }
}

/** Applies a batch: loads the touched rows, folds every event into them, saves the changed ones. */
export async function applyBatch<Row>(
  projection: Projection<Row>,
  ctx: ProjectionContext,
  events: Array<StoredEvent<DomainEvent>>,
): Promise<number> {
  const relevant = relevantTo(projection, events);
  if (relevant.length === 0) return 0;
  const rows = await projection.load(ctx, keysTouched(projection, relevant));
  const changed = new Map<string, Row>();
  fold(projection, rows, relevant, changed);
  await projection.save(ctx, [...changed.values()]);
  return relevant.length;
}
