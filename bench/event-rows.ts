// Event rows exactly as EventStore.commitIn writes them (lib/eventstore/store.ts), for the raw driver:
// data is the event without its type, metadata repeats the command fields, the schema version comes
// from the upcaster registry, and occurred_at is stored the way each engine's Prisma adapter stores it.
import type { DbKind } from "../lib/db/database";
import { categoryOf, type EventMetadata, type NewEvent } from "../lib/eventstore/types";
import { catalogueUpcasters } from "../lib/commands/catalogue-upcasters";

// Only schema versions are read from it: the pseudonyms do not matter here.
const upcasters = catalogueUpcasters((customerId) => customerId);

export const EVENT_COLUMNS = [
  "stream_id",
  "category",
  "version",
  "type",
  "schema_version",
  "data",
  "metadata",
  "command_id",
  "correlation_id",
  "causation_id",
  "actor",
  "occurred_at",
] as const;

export type EventRowValues = [
  streamId: string,
  category: string,
  version: number,
  type: string,
  schemaVersion: number,
  data: string,
  metadata: string,
  commandId: string | null,
  correlationId: string,
  causationId: string | null,
  actor: string,
  occurredAt: string,
];

/** SQLite (better-sqlite3 adapter, iso8601): "2026-01-02T03:04:05.678+00:00". PostgreSQL: timestamp(3) text in UTC. */
function occurredAtText(kind: DbKind, at: Date): string {
  const iso = at.toISOString();
  return kind === "sqlite" ? iso.replace("Z", "+00:00") : iso.slice(0, -1);
}

export function eventRow(
  kind: DbKind,
  streamId: string,
  version: number,
  event: NewEvent,
  command: { commandId: string; actor: string; occurredAt: Date },
): EventRowValues {
  const metadata: EventMetadata = {
    commandId: command.commandId,
    correlationId: command.commandId,
    causationId: null,
    actor: command.actor,
    occurredAt: command.occurredAt.toISOString(),
  };
  const { type, ...data } = event;
  return [
    streamId,
    categoryOf(streamId),
    version,
    type,
    upcasters.currentVersion(type),
    JSON.stringify(data),
    JSON.stringify(metadata),
    metadata.commandId,
    metadata.correlationId,
    metadata.causationId,
    metadata.actor,
    occurredAtText(kind, command.occurredAt),
  ];
}
