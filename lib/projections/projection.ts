// A projection folds events into read-table rows. The fold is pure (row, event) -> row; loading and
// saving rows happen once per batch, so a rebuild costs a few statements per batch, not per event.
import type { DbKind } from "../db/database";
import type { SqlSession } from "../db/driver";
import type { DomainEvent, DomainEventType, StreamCategory } from "../domain/events";
import type { StoredEvent } from "../eventstore/types";

/** The batch's transaction, on the driver adapter: rebuilds read and write thousands of rows a second. */
export interface ProjectionContext {
  sql: SqlSession;
  kind: DbKind;
}

export interface Projection<Row> {
  name: string;
  /** Categories read from the log (an index serves these). */
  categories: StreamCategory[];
  handles: readonly DomainEventType[];
  /** Tables emptied before a rebuild. */
  tables: string[];
  /** The rows an event touches. */
  keysOf(event: StoredEvent<DomainEvent>): string[];
  load(ctx: ProjectionContext, keys: string[]): Promise<Map<string, Row>>;
  /** Pure: the row after the event (undefined: leave it as it is). */
  apply(row: Row | undefined, key: string, event: StoredEvent<DomainEvent>): Row | undefined;
  save(ctx: ProjectionContext, rows: Row[]): Promise<void>;
}

/** Applies a batch: loads the touched rows, folds every event into them, saves the changed ones. */
export async function applyBatch<Row>(
  projection: Projection<Row>,
  ctx: ProjectionContext,
  events: Array<StoredEvent<DomainEvent>>,
): Promise<number> {
  const relevant = events.filter((e) => projection.handles.includes(e.event.type));
  if (relevant.length === 0) return 0;
  const keys = [...new Set(relevant.flatMap((e) => projection.keysOf(e)))];
  const rows = await projection.load(ctx, keys);
  const changed = new Map<string, Row>();
  for (const event of relevant) {
    for (const key of projection.keysOf(event)) {
      const next = projection.apply(rows.get(key), key, event);
      if (next === undefined) continue;
      rows.set(key, next);
      changed.set(key, next);
    }
  }
  await projection.save(ctx, [...changed.values()]);
  return relevant.length;
}
