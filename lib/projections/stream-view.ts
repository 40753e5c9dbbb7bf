// StreamView: one row per stream with its current version and last change. The event-history viewer
// lists streams from it, instead of grouping the whole log on every page.
import type { StreamView } from "../db/generated/sqlite";
import { allEventTypes, eventTypesByCategory, type StreamCategory } from "../domain/events";
import type { Projection } from "./projection";
import { upsertRows, type Column } from "./table";

const columns: Array<Column<StreamView>> = [
  { name: "stream_id", field: "streamId" },
  { name: "category", field: "category" },
  { name: "version", type: "int", field: "version" },
  { name: "last_position", type: "int", field: "lastPosition" },
  { name: "last_changed_at", field: "lastChangedAt", type: "datetime" },
];

export const streamView: Projection<StreamView> = {
  name: "stream-view",
  categories: Object.keys(eventTypesByCategory) as StreamCategory[],
  handles: allEventTypes,
  tables: ["stream_view"],

  keysOf: ({ streamId }) => [streamId],

  // Every event carries the whole row (events arrive in log order, so the last one wins): nothing to load.
  load: async () => new Map(),

  apply: (_row, streamId, { category, version, position, metadata }) => ({
    streamId,
    category,
    version,
    lastPosition: position,
    lastChangedAt: new Date(metadata.occurredAt),
  }),

  save: (ctx, rows) => upsertRows(ctx, "stream_view", ["stream_id"], columns, rows),
};
