// The event store: one append-only table of events, written through Prisma.
// A commit writes every event of one or more commands in one transaction (group commit), checks each
// stream's expected version, and records command ids so a retried command appends nothing.
import { randomUUID } from "node:crypto";
import type { Database } from "../db/database";
import type { SqlSession } from "../db/driver";
import { ConcurrencyError, InvalidAppendError } from "./errors";
import { insertFromJson, isUniqueViolation, isWriteRace, placeholders, sqliteTimestamp, Where } from "./sql";
import type { Commit, CommitResult, EventMetadata, ExpectedVersion, NewEvent, ReadAllOptions, StoredEvent } from "./types";
import { categoryOf } from "./types";
import { UpcasterRegistry } from "./upcasters";

/** PostgreSQL: appends take this transaction-level lock, so positions become visible in order (DESIGN.md). */
const APPEND_LOCK = 72517002;
const EVENT_COLUMNS = [
  { name: "stream_id", pgType: "text" },
  { name: "category", pgType: "text" },
  { name: "version", pgType: "integer" },
  { name: "type", pgType: "text" },
  { name: "schema_version", pgType: "integer" },
  { name: "data", pgType: "text" },
  { name: "metadata", pgType: "text" },
  { name: "command_id", pgType: "text" },
  { name: "correlation_id", pgType: "text" },
  { name: "causation_id", pgType: "text" },
  { name: "actor", pgType: "text" },
  { name: "occurred_at", pgType: "timestamp(3)" },
];
const HANDLED_COLUMNS = [
  { name: "command_id", pgType: "text" },
  { name: "first_position", pgType: "integer" },
  { name: "last_position", pgType: "integer" },
  { name: "result", pgType: "text" },
  { name: "handled_at", pgType: "timestamp(3)" },
];

/** The columns an event is read from, in this order. */
const READ_COLUMNS = "position, stream_id, category, version, type, schema_version, data, metadata";
/** An event row as the driver returns it, in READ_COLUMNS order: SQLite's integers arrive as strings. */
type EventRow = [
  position: number | string,
  streamId: string,
  category: string,
  version: number | string,
  type: string,
  schemaVersion: number | string,
  data: string,
  metadata: string,
];

type AppendListener = (lastPosition: number | null) => void;

export class EventStore {
  private readonly listeners = new Set<AppendListener>();
  private announced = 0;

  constructor(
    readonly db: Database,
    /** The catalogue's schema history (lib/domain/event-schemas.ts); none by default. */
    readonly upcasters: UpcasterRegistry = new UpcasterRegistry(),
  ) {}

  /**
   * Called after every commit in this process with its last position, and for every commit another process
   * announced (`announceAppended`): subscriptions wake up on it. `null`: there may be new events, from where
   * is unknown.
   */
  onAppended(listener: AppendListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Wakes this process's followers: after its own commits, and when another instance's are heard of. A
   * position announced already (this process's own commit, heard back) wakes nobody again.
   */
  announceAppended(lastPosition: number | null): void {
    if (lastPosition !== null) {
      if (lastPosition <= this.announced) return;
      this.announced = lastPosition;
    }
    for (const listener of this.listeners) listener(lastPosition);
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
      // Through Prisma's driver adapter, not its query API: see lib/db/driver.ts.
      let results: CommitResult[];
      try {
        results = await this.db.driver.transaction((sql) => this.commitIn(sql, commits, "optimistic"));
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // A command id or a stream version was there already: look first, to answer exactly why.
        results = await this.db.driver.transaction((sql) => this.commitIn(sql, commits, "checked"));
      }
      const last = Math.max(0, ...results.map((r) => r.lastPosition));
      if (last > 0) this.announceAppended(last);
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

  /**
   * "checked" reads every stream's version and every command id first. "optimistic" (the usual case:
   * new streams and new commands) reads only the versions it cannot take on trust, those of streams
   * expected to exist: the unique (stream, version) index refuses a stream that is not new, and the
   * handled_commands key a command seen before, and either sends the commit round again, checked.
   */
  private async commitIn(tx: SqlSession, commits: Commit[], mode: "optimistic" | "checked"): Promise<CommitResult[]> {
    const kind = this.db.kind;
    if (kind === "postgres") await tx.run(`SELECT pg_advisory_xact_lock(${APPEND_LOCK})`);

    const firstExpected = new Map<string, ExpectedVersion>();
    for (const append of commits.flatMap((c) => c.appends))
      if (!firstExpected.has(append.streamId)) firstExpected.set(append.streamId, append.expectedVersion);
    const streamIds = [...firstExpected]
      .filter(([, expected]) => mode === "checked" || expected === "any" || (typeof expected === "number" && expected > 0))
      .map(([streamId]) => streamId);
    const commandIds = mode === "checked" ? commits.map((c) => c.commandId).filter((id): id is string => !!id) : [];
    const { handled, versions } = await this.currentStateOf(tx, streamIds, commandIds);

    const rows: Array<Record<string, unknown>> = [];
    const owners: number[] = [];
    const at = (date: Date) => (kind === "sqlite" ? sqliteTimestamp(date) : date.toISOString());
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
          rows.push({
            stream_id: append.streamId,
            category: categoryOf(append.streamId),
            version,
            type,
            schema_version: this.upcasters.currentVersion(type),
            data: JSON.stringify(data),
            metadata: JSON.stringify(metadata),
            command_id: metadata.commandId,
            correlation_id: metadata.correlationId,
            causation_id: metadata.causationId,
            actor: metadata.actor,
            occurred_at: at(new Date(metadata.occurredAt)),
          });
          owners.push(index);
        }
        versions.set(append.streamId, version);
        (results[index] as CommitResult).versions[append.streamId] = version;
      }
    });

    if (rows.length > 0) {
      const inserted = await tx.rows<{ position: number | string; stream_id: string; version: number | string }>(
        insertFromJson(kind, "events", EVENT_COLUMNS, "position, stream_id, version"),
        [JSON.stringify(rows)],
      );
      // RETURNING order is not guaranteed: match rows back by (stream, version).
      const positionOf = new Map(inserted.map((r) => [`${r.stream_id}\u0000${Number(r.version)}`, Number(r.position)]));
      rows.forEach((row, i) => {
        const position = positionOf.get(`${row.stream_id as string}\u0000${row.version as number}`) as number;
        const result = results[owners[i] as number] as CommitResult;
        result.positions.push(position);
        result.lastPosition = Math.max(result.lastPosition, position);
      });
    }

    const handledRows = commits.flatMap((commit, i) => {
      const result = results[i] as CommitResult;
      if (!commit.commandId || result.duplicate) return [];
      result.positions.sort((a, b) => a - b);
      return [
        {
          command_id: commit.commandId,
          first_position: result.positions[0] ?? 0,
          last_position: result.lastPosition,
          result: JSON.stringify({ versions: result.versions, positions: result.positions }),
          handled_at: at(new Date()),
        },
      ];
    });
    if (handledRows.length > 0)
      await tx.run(insertFromJson(kind, "handled_commands", HANDLED_COLUMNS), [JSON.stringify(handledRows)]);
    return results;
  }

  /** The first results of commands handled before, by command id. */
  async handledCommandResults(commandIds: string[]): Promise<Map<string, CommitResult>> {
    return (await this.currentStateOf(this.db.driver, [], commandIds)).handled;
  }

  /**
   * One statement: each stream's version and each command's first result. The commit's look-ups share
   * one round trip, as every statement on the hot path costs one.
   */
  private async currentStateOf(tx: SqlSession, streamIds: string[], commandIds: string[]) {
    const versions = new Map<string, number>();
    const handled = new Map<string, CommitResult>();
    if (streamIds.length === 0 && commandIds.length === 0) return { versions, handled };
    const marks = placeholders(this.db.kind, streamIds.length + commandIds.length);
    // One MAX per stream: it is a single index seek, where `stream_id IN (...) GROUP BY` reads every
    // version of the stream (13 ms at 200,000 events, and growing).
    const parts = streamIds.map(
      (_, i) => `SELECT 'stream' AS kind, '${i}' AS id, (SELECT MAX(version) FROM events WHERE stream_id = ${marks[i]}) AS n, NULL AS result`,
    );
    if (commandIds.length)
      parts.push(
        `SELECT 'command' AS kind, command_id AS id, last_position AS n, result FROM handled_commands WHERE command_id IN (${marks.slice(streamIds.length).join(", ")})`,
      );
    const rows = await tx.rows<{ kind: string; id: string; n: number | string | null; result: string | null }>(
      parts.join(" UNION ALL "),
      [...streamIds, ...commandIds],
    );
    for (const row of rows) {
      if (row.kind === "stream") versions.set(streamIds[Number(row.id)] as string, Number(row.n ?? 0));
      else {
        const stored = JSON.parse(row.result ?? "{}") as { versions: Record<string, number>; positions: number[] };
        handled.set(row.id, { duplicate: true, ...stored, lastPosition: Number(row.n ?? 0) });
      }
    }
    return { versions, handled };
  }


  /** One query: is the stream still at `version`, and are none of these commands handled yet? */
  async isCurrent(streamId: string, version: number, commandIds: string[]): Promise<boolean> {
    const marks = placeholders(this.db.kind, commandIds.length + 1);
    const [row] = await this.db.driver.rows<{ version: number | string; known: number | string }>(
      `SELECT (SELECT COALESCE(MAX(version), 0) FROM events WHERE stream_id = ${marks[0]}) AS version,
              (SELECT COUNT(*) FROM handled_commands WHERE command_id IN (${marks.slice(1).join(", ")})) AS known`,
      [streamId, ...commandIds],
    );
    return Number(row?.version ?? -1) === version && Number(row?.known ?? 1) === 0;
  }

  /** The stream's current version (0 when it has no events). */
  async streamVersion(streamId: string): Promise<number> {
    return (await this.currentStateOf(this.db.driver, [streamId], [])).versions.get(streamId) ?? 0;
  }

  /** Events of one stream, in version order, from `fromVersion` (inclusive) to `toVersion` (inclusive). */
  async readStream(streamId: string, options: { fromVersion?: number; toVersion?: number; limit?: number } = {}) {
    const where = new Where(this.db.kind).add("stream_id =", streamId).add("version >=", options.fromVersion ?? 1);
    if (options.toVersion) where.add("version <=", options.toVersion);
    return this.select(where, "version ASC", options.limit);
  }

  /** The global log in position order, after a position, with optional filters. */
  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    const where = new Where(this.db.kind);
    if (!options.backwards) where.add("position >", options.after ?? 0);
    else if (options.before !== undefined) where.add("position <", options.before);
    if (options.categories?.length) where.in("category", options.categories);
    if (options.types?.length) where.in("type", options.types);
    if (options.correlationId) where.add("correlation_id =", options.correlationId);
    if (options.correlationIdPattern) where.like("correlation_id", options.correlationIdPattern.startsWith, options.correlationIdPattern.endsWith);
    if (options.streamId) where.add("stream_id =", options.streamId);
    if (options.from) where.add("occurred_at >=", options.from);
    if (options.to) where.add("occurred_at <=", options.to);
    return this.select(where, options.backwards ? "position DESC" : "position ASC", options.limit ?? 1000);
  }

  /** The streams of a category written to in a range of positions (after `after`, up to `upTo`). */
  async streamsWritten(category: string, after: number, upTo: number): Promise<string[]> {
    const where = new Where(this.db.kind).add("category =", category).add("position >", after).add("position <=", upTo);
    const rows = await this.db.driver.rows<{ stream_id: string }>(`SELECT DISTINCT stream_id FROM events${where.sql()}`, where.args);
    return rows.map((row) => row.stream_id);
  }

  /** The highest committed position (0 for an empty store). */
  async headPosition(): Promise<number> {
    const [row] = await this.db.driver.rows<{ n: number | string | null }>("SELECT MAX(position) AS n FROM events");
    return Number(row?.n ?? 0);
  }

  /** The event table is the store's own: read through the driver adapter, like the appends (lib/db/driver.ts). */
  private async select(where: Where, order: string, limit?: number): Promise<StoredEvent[]> {
    const rows = await this.db.driver.tuples(
      `SELECT ${READ_COLUMNS} FROM events${where.sql()} ORDER BY ${order}${limit ? ` LIMIT ${Math.max(0, Math.floor(limit))}` : ""}`,
      where.args,
    );
    return rows.map((row) => this.toStored(row as EventRow));
  }

  private toStored([position, streamId, category, version, type, schemaVersion, data, metadata]: EventRow): StoredEvent {
    const upcast = this.upcasters.upcast(type, Number(schemaVersion), JSON.parse(data));
    // The parsed object is this event's own: naming its type in place saves a copy per event read.
    upcast.data.type = type;
    return new ReadEvent(Number(position), streamId, category, Number(version), upcast.schemaVersion, upcast.data as StoredEvent["event"], metadata, this.upcasters);
  }

}

/**
 * An event as read from the table. Its metadata is parsed (and older metadata masked) when first asked
 * for: a rebuild of the seat map reads millions of events and none of their metadata. A getter on the
 * class, not one per event, keeps that laziness cheap; the stored text stays private (it may name a
 * customer by cookie) and `toJSON` serialises the event as a plain object with its masked metadata.
 */
class ReadEvent implements StoredEvent {
  readonly #storedMetadata: string;
  readonly #upcasters: UpcasterRegistry;
  #metadata: EventMetadata | undefined;

  constructor(
    readonly position: number,
    readonly streamId: string,
    readonly category: string,
    readonly version: number,
    readonly schemaVersion: number,
    readonly event: StoredEvent["event"],
    storedMetadata: string,
    upcasters: UpcasterRegistry,
  ) {
    this.#storedMetadata = storedMetadata;
    this.#upcasters = upcasters;
  }

  get metadata(): EventMetadata {
    return (this.#metadata ??= this.#upcasters.upcastMetadata(JSON.parse(this.#storedMetadata) as Record<string, unknown>) as unknown as EventMetadata);
  }

  toJSON(): StoredEvent {
    const { position, streamId, category, version, schemaVersion, event, metadata } = this;
    return { position, streamId, category, version, schemaVersion, event, metadata };
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
