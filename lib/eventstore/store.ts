// The event store: one append-only table of events, written through Prisma.
// A commit writes every event of one or more commands in one transaction (group commit), checks each
// stream's expected version, and records command ids so a retried command appends nothing.
import { randomUUID } from "node:crypto";
import type { Database, Tx } from "../db/database";
import { ConcurrencyError, InvalidAppendError } from "./errors";
import { chunk, isUniqueViolation, isWriteRace, placeholders, valuesList } from "./sql";
import type { Commit, CommitResult, EventMetadata, NewEvent, ReadAllOptions, StoredEvent } from "./types";
import { categoryOf } from "./types";
import { upcasters as defaultUpcasters, type UpcasterRegistry } from "./upcasters";

/** PostgreSQL: appends take this transaction-level lock, so positions become visible in order (DESIGN.md). */
const APPEND_LOCK = 72517002;
const EVENT_COLUMNS = [
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
];
const PG_CASTS = ["", "", "", "", "", "", "", "", "", "", "", "timestamp(3)"];

export interface EventRow {
  position: number;
  streamId: string;
  category: string;
  version: number;
  type: string;
  schemaVersion: number;
  data: string;
  metadata: string;
  occurredAt: Date;
}

type AppendListener = (lastPosition: number) => void;

export class EventStore {
  private readonly listeners = new Set<AppendListener>();

  constructor(
    readonly db: Database,
    private readonly registry: UpcasterRegistry = defaultUpcasters,
  ) {}

  /** Called after every commit in this process with its last position (for subscriptions to wake up). */
  onAppended(listener: AppendListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Appends one command's events to one stream. */
  async append(
    streamId: string,
    events: NewEvent[],
    options: Omit<Commit, "appends"> & { expectedVersion: Commit["appends"][number]["expectedVersion"] },
  ): Promise<CommitResult> {
    const { expectedVersion, ...commit } = options;
    const [result] = await this.commit([{ ...commit, appends: [{ streamId, expectedVersion, events }] }]);
    return result as CommitResult;
  }

  /**
   * Writes several commits in one transaction, in order. A commit whose commandId was handled before is
   * skipped and answered with its first result. Any version mismatch aborts the whole group with a
   * ConcurrencyError and nothing is written.
   */
  async commit(commits: Commit[]): Promise<CommitResult[]> {
    validate(commits);
    try {
      const results = await this.db.prisma.$transaction((tx) => this.commitIn(tx, commits), {
        maxWait: 10_000,
        timeout: 30_000,
      });
      const last = Math.max(0, ...results.map((r) => r.lastPosition));
      if (last > 0) for (const listener of this.listeners) listener(last);
      return results;
    } catch (error) {
      if (error instanceof ConcurrencyError) throw error;
      if (isUniqueViolation(error) || isWriteRace(error)) {
        const streamId = commits[0]?.appends[0]?.streamId ?? "?";
        throw new ConcurrencyError(streamId, "a version another writer took first", null);
      }
      throw error;
    }
  }

  private async commitIn(tx: Tx, commits: Commit[]): Promise<CommitResult[]> {
    const kind = this.db.kind;
    if (kind === "postgres") await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${APPEND_LOCK})`);

    const handled = await this.handledCommands(
      tx,
      commits.map((c) => c.commandId).filter((id): id is string => !!id),
    );
    const streamIds = [...new Set(commits.flatMap((c) => c.appends.map((a) => a.streamId)))];
    const versions = await this.streamVersions(tx, streamIds);

    const rows: unknown[][] = [];
    const owners: number[] = [];
    const results: CommitResult[] = commits.map(() => ({ duplicate: false, versions: {}, positions: [], lastPosition: 0 }));
    const freshCommands = new Set<string>();

    commits.forEach((commit, index) => {
      const previous = commit.commandId ? handled.get(commit.commandId) : undefined;
      if (previous) {
        results[index] = { ...previous, duplicate: true };
        return;
      }
      if (commit.commandId) {
        if (freshCommands.has(commit.commandId))
          throw new InvalidAppendError(`Command ${commit.commandId} appears twice in one commit`);
        freshCommands.add(commit.commandId);
      }
      const metadata: EventMetadata = {
        commandId: commit.commandId ?? null,
        correlationId: commit.correlationId ?? commit.commandId ?? randomUUID(),
        causationId: commit.causationId ?? null,
        actor: commit.actor ?? "system",
        occurredAt: (commit.occurredAt ?? new Date()).toISOString(),
      };
      for (const append of commit.appends) {
        const current = versions.get(append.streamId) ?? 0;
        const expected = append.expectedVersion;
        if ((expected === "no_stream" && current !== 0) || (typeof expected === "number" && expected !== current))
          throw new ConcurrencyError(append.streamId, expected, current);
        let version = current;
        for (const event of append.events) {
          version += 1;
          const { type, ...data } = event;
          rows.push([
            append.streamId,
            categoryOf(append.streamId),
            version,
            type,
            this.registry.currentVersion(type),
            JSON.stringify(data),
            JSON.stringify(metadata),
            metadata.commandId,
            metadata.correlationId,
            metadata.causationId,
            metadata.actor,
            new Date(metadata.occurredAt),
          ]);
          owners.push(index);
        }
        versions.set(append.streamId, version);
        (results[index] as CommitResult).versions[append.streamId] = version;
      }
    });

    for (const part of chunk(rows.map((row, i) => ({ row, owner: owners[i] as number })), EVENT_COLUMNS.length)) {
      const inserted = await tx.$queryRawUnsafe<Array<{ position: number | bigint; stream_id: string; version: number }>>(
        `INSERT INTO events (${EVENT_COLUMNS.join(", ")}) VALUES ${valuesList(kind, part.length, EVENT_COLUMNS.length, PG_CASTS)} RETURNING position, stream_id, version`,
        ...part.flatMap((p) => p.row),
      );
      // RETURNING order is not guaranteed: match rows back by (stream, version).
      const positionOf = new Map(inserted.map((r) => [`${r.stream_id}\u0000${r.version}`, Number(r.position)]));
      for (const { row, owner } of part) {
        const position = positionOf.get(`${row[0] as string}\u0000${row[2] as number}`) as number;
        const result = results[owner] as CommitResult;
        result.positions.push(position);
        result.lastPosition = Math.max(result.lastPosition, position);
      }
    }

    const handledRows = commits.flatMap((commit, i) => {
      const result = results[i] as CommitResult;
      if (!commit.commandId || result.duplicate) return [];
      result.positions.sort((a, b) => a - b);
      return [
        [
          commit.commandId,
          result.positions[0] ?? 0,
          result.lastPosition,
          JSON.stringify({ versions: result.versions, positions: result.positions }),
          new Date(),
        ],
      ];
    });
    for (const part of chunk(handledRows, 5)) {
      await tx.$executeRawUnsafe(
        `INSERT INTO handled_commands (command_id, first_position, last_position, result, handled_at) VALUES ${valuesList(kind, part.length, 5, ["", "", "", "", "timestamp(3)"])}`,
        ...part.flat(),
      );
    }
    return results;
  }

  private async handledCommands(tx: Tx | Database["prisma"], commandIds: string[]): Promise<Map<string, CommitResult>> {
    const found = new Map<string, CommitResult>();
    if (commandIds.length === 0) return found;
    const rows = await tx.handledCommand.findMany({ where: { commandId: { in: commandIds } } });
    for (const row of rows) {
      const stored = JSON.parse(row.result) as { versions: Record<string, number>; positions: number[] };
      found.set(row.commandId, { duplicate: true, ...stored, lastPosition: row.lastPosition });
    }
    return found;
  }

  /** The first results of commands handled before, by command id. */
  handledCommandResults(commandIds: string[]): Promise<Map<string, CommitResult>> {
    return this.handledCommands(this.db.prisma, commandIds);
  }

  private async streamVersions(tx: Tx, streamIds: string[]): Promise<Map<string, number>> {
    const versions = new Map<string, number>();
    for (const part of chunk(streamIds, 1)) {
      const rows = await tx.$queryRawUnsafe<Array<{ stream_id: string; version: number | bigint | null }>>(
        `SELECT stream_id, MAX(version) AS version FROM events WHERE stream_id IN (${placeholders(this.db.kind, part.length).join(", ")}) GROUP BY stream_id`,
        ...part,
      );
      for (const row of rows) versions.set(row.stream_id, Number(row.version ?? 0));
    }
    return versions;
  }

  /** The stream's current version (0 when it has no events). */
  async streamVersion(streamId: string): Promise<number> {
    const row = await this.db.prisma.event.aggregate({ where: { streamId }, _max: { version: true } });
    return row._max.version ?? 0;
  }

  /** Events of one stream, in version order, from `fromVersion` (inclusive) to `toVersion` (inclusive). */
  async readStream(streamId: string, options: { fromVersion?: number; toVersion?: number; limit?: number } = {}) {
    const rows = await this.db.prisma.event.findMany({
      where: { streamId, version: { gte: options.fromVersion ?? 1, ...(options.toVersion ? { lte: options.toVersion } : {}) } },
      orderBy: { version: "asc" },
      ...(options.limit ? { take: options.limit } : {}),
    });
    return rows.map((row) => this.toStored(row));
  }

  /** The global log in position order, after a position, with optional filters. */
  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    const rows = await this.db.prisma.event.findMany({
      where: {
        ...(options.backwards
          ? options.before !== undefined
            ? { position: { lt: options.before } }
            : {}
          : { position: { gt: options.after ?? 0 } }),
        ...(options.categories?.length ? { category: { in: options.categories } } : {}),
        ...(options.types?.length ? { type: { in: options.types } } : {}),
        ...(options.correlationId ? { correlationId: options.correlationId } : {}),
        ...(options.streamId ? { streamId: options.streamId } : {}),
        ...(options.from || options.to
          ? { occurredAt: { ...(options.from ? { gte: options.from } : {}), ...(options.to ? { lte: options.to } : {}) } }
          : {}),
      },
      orderBy: { position: options.backwards ? "desc" : "asc" },
      take: options.limit ?? 1000,
    });
    return rows.map((row) => this.toStored(row));
  }

  /** The highest committed position (0 for an empty store). */
  async headPosition(): Promise<number> {
    const row = await this.db.prisma.event.aggregate({ _max: { position: true } });
    return row._max.position ?? 0;
  }

  toStored(row: EventRow): StoredEvent {
    const { schemaVersion, data } = this.registry.upcast(row.type, row.schemaVersion, JSON.parse(row.data));
    return {
      position: row.position,
      streamId: row.streamId,
      category: row.category,
      version: row.version,
      schemaVersion,
      event: { ...data, type: row.type },
      metadata: JSON.parse(row.metadata) as EventMetadata,
    };
  }
}

function validate(commits: Commit[]): void {
  for (const commit of commits) {
    if (commit.appends.length === 0) throw new InvalidAppendError("A commit needs at least one stream to append to");
    for (const append of commit.appends) {
      if (!/^[a-z]+-[A-Za-z0-9_.:-]+$/.test(append.streamId))
        throw new InvalidAppendError(`Stream id ${JSON.stringify(append.streamId)} is not of the form <category>-<id>`);
      if (append.events.length === 0) throw new InvalidAppendError(`Nothing to append to ${append.streamId}`);
      for (const event of append.events)
        if (typeof event.type !== "string" || !event.type) throw new InvalidAppendError("Every event needs a type");
    }
  }
}
