// The process manager at work: follows the log from its own checkpoint, loads the states each decision
// reads, sends the decided commands through the bus, and releases holds whose deadline has passed.
// At-least-once delivery plus command ids derived from the triggering event make every reaction
// effectively once; deadlines come from the read tables (built from events), so a restart loses none.
import { LOCKS } from "../db/advisory-lock";
import type { Database } from "../db/database";
import { bookingDecider, bookingStreamId } from "../domain/booking";
import type { DomainError } from "../domain/errors";
import type { DomainEvent } from "../domain/events";
import {
  expiryOf,
  needsOf,
  PROCESS_MANAGER_ACTOR,
  react,
  reactsTo,
  type Facts,
  type Needs,
  type OverdueBooking,
  type ProcessCommand,
} from "../domain/process-manager";
import { seatsDecider, seatsStreamId } from "../domain/seats";
import { showDecider, showStreamId } from "../domain/show";
import { subscribe, type Subscription } from "../eventstore/subscription";
import type { StoredEvent } from "../eventstore/types";
import type { CommandContext, CommandDeps } from "./context";
import { ensureCheckpoint } from "../db/checkpoints";

/** Its row in projection_checkpoints: how far the log has been reacted to. */
export const PROCESS_MANAGER_CHECKPOINT = "process-manager";

/** A cancelled show's bookings are cancelled this many at a time. */
const CONCURRENT_COMMANDS = 32;

export interface ProcessManagerOptions {
  batchSize?: number;
  /** How often the log is polled for other processes' appends (this process's appends wake it at once). */
  pollMs?: number;
  /** The longest wait between two looks for overdue holds; a nearer deadline shortens it. */
  deadlineScanMs?: number;
  /** Most overdue bookings handled per look (the rest wait for the next one). */
  deadlineBatch?: number;
  onRefused?(command: ProcessCommand, error: DomainError): void;
  onError?(error: unknown): void;
}

export class ProcessManager {
  private subscription: Subscription | null = null;
  private deadlines: Promise<void> | null = null;
  private running = false;
  private wake: (() => void) | null = null;
  /** Counts since this instance was created: for the dashboard and for tests. */
  readonly stats = { eventsReactedTo: 0, commandsSent: 0, commandsRefused: 0 };

  constructor(
    private readonly deps: Pick<CommandDeps, "bus" | "now">,
    private readonly options: ProcessManagerOptions = {},
  ) {}

  private get db(): Database {
    return this.deps.bus.store.db;
  }

  get isRunning(): boolean {
    return this.running;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    let from: number;
    try {
      from = await this.checkpoint();
    } catch (error) {
      this.running = false;
      throw error;
    }
    this.subscription = subscribe(this.deps.bus.store, {
      from,
      batchSize: this.options.batchSize ?? 200,
      pollMs: this.options.pollMs ?? 200,
      filter: { types: [...reactsTo] },
      handle: (events) => this.handle(events as Array<StoredEvent<DomainEvent>>),
      onError: (error) => {
        this.report(error);
        void this.db.prisma.projectionCheckpoint
          .update({
            where: { name: PROCESS_MANAGER_CHECKPOINT },
            data: { status: "failed", lastError: String(error), updatedAt: new Date() },
          })
          .catch(() => undefined);
      },
    });
    // The first look runs now: a deadline that passed while the process was down is met at once.
    this.deadlines = this.watchDeadlines();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake?.();
    await Promise.all([this.subscription?.stop(), this.deadlines]);
    this.subscription = null;
    this.deadlines = null;
  }

  /** The log position reacted to so far. */
  position(): number {
    return this.subscription?.position() ?? 0;
  }

  /** Resolves true once every event up to `position` has been reacted to (its commands sent). */
  async waitFor(position: number, timeoutMs = 5000): Promise<boolean> {
    if (position <= 0) return true;
    if (!this.subscription) return false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const result = await Promise.race([this.subscription.reached(position).then(() => true), timeout]);
    clearTimeout(timer);
    return result;
  }

  private checkpoint(): Promise<number> {
    return ensureCheckpoint(this.db, PROCESS_MANAGER_CHECKPOINT);
  }

  private async handle(events: Array<StoredEvent<DomainEvent>>): Promise<void | { resumeFrom: number }> {
    if (this.db.kind === "sqlite") {
      return this.reactToBatch(events, await this.checkpoint(), (last) =>
        this.db.prisma.projectionCheckpoint.updateMany({
          where: { name: PROCESS_MANAGER_CHECKPOINT, position: { lt: last } },
          data: { position: last, status: "running", lastError: null, updatedAt: new Date() },
        }),
      );
    }
    // Several instances follow the same log: they take turns on the checkpoint row, locked while one of
    // them sends its batch's commands, so each event is reacted to by one instance. The others then find
    // the checkpoint past the batch. An instance that dies mid-batch rolls back and frees the row, and the
    // next one reacts again from the checkpoint: command ids make the repeats harmless.
    // (SQLite has one connection per process, which the commands themselves need: no lock there.)
    await this.checkpoint();
    return this.db.driver.transaction(async (sql) => {
      const [row] = await sql.rows<{ position: number | string }>(
        "SELECT position FROM projection_checkpoints WHERE name = $1 FOR UPDATE",
        [PROCESS_MANAGER_CHECKPOINT],
      );
      return this.reactToBatch(events, Number(row?.position ?? 0), (last) =>
        sql.run(
          `UPDATE projection_checkpoints SET position = $1, status = 'running', last_error = NULL, updated_at = $2
           WHERE name = $3 AND position < $1`,
          [last, new Date(), PROCESS_MANAGER_CHECKPOINT],
        ),
      );
    });
  }

  private async reactToBatch(
    events: Array<StoredEvent<DomainEvent>>,
    done: number,
    advance: (last: number) => Promise<unknown>,
  ): Promise<void | { resumeFrom: number }> {
    const first = (events[0] as StoredEvent).position;
    // Another process that got further has reacted to these already.
    if (done >= first) return { resumeFrom: done };
    for (const stored of events) await this.reactTo(stored);
    // Commands first, checkpoint after: a crash in between repeats reactions, and their ids make that harmless.
    await advance((events[events.length - 1] as StoredEvent).position);
  }

  private async reactTo(stored: StoredEvent<DomainEvent>): Promise<void> {
    this.stats.eventsReactedTo += 1;
    for (let round = 1; ; round++) {
      const reaction = react(stored, await this.factsFor(needsOf(stored.event)));
      // Sent together: each stream's writer keeps them in order, and different streams need none.
      for (let i = 0; i < reaction.commands.length; i += CONCURRENT_COMMANDS)
        await Promise.all(reaction.commands.slice(i, i + CONCURRENT_COMMANDS).map((command) => this.send(command, stored)));
      if (!reaction.decideAgain) return;
      // Reported, not thrown: one reaction that cannot settle must not hold up every later event.
      if (round === 3) return this.report(new Error(`The reaction to event ${stored.position} did not settle`));
    }
  }

  private async factsFor(needs: Needs): Promise<Facts> {
    const { bus } = this.deps;
    return {
      now: this.deps.now().toISOString(),
      show: needs.show === undefined ? undefined : (await bus.load(showDecider, showStreamId(needs.show))).state,
      seats: needs.seats === undefined ? undefined : (await bus.load(seatsDecider, seatsStreamId(needs.seats))).state,
      booking:
        needs.booking === undefined ? undefined : (await bus.load(bookingDecider, bookingStreamId(needs.booking))).state,
    };
  }

  private async send(command: ProcessCommand, cause?: StoredEvent<DomainEvent>): Promise<void> {
    const context: CommandContext = {
      commandId: command.commandId,
      correlationId: cause?.metadata.correlationId ?? command.commandId,
      // Events have no ids of their own: the cause is named by its global position.
      causationId: cause ? String(cause.position) : null,
      actor: PROCESS_MANAGER_ACTOR,
    };
    const result =
      command.decider === "seats"
        ? await this.deps.bus.execute(seatsDecider, command.streamId, command.command, context)
        : await this.deps.bus.execute(bookingDecider, command.streamId, command.command, context);
    this.stats.commandsSent += 1;
    // A refusal is an answer, not a failure: retrying would be refused the same way, for ever.
    if (!result.ok) this.refused(command, result.error);
  }

  private refused(command: ProcessCommand, error: DomainError): void {
    this.stats.commandsRefused += 1;
    if (this.options.onRefused) return this.options.onRefused(command, error);
    console.warn(`Process manager: ${command.command.type} on ${command.streamId} refused (${error.code}): ${error.message}`);
  }

  private report(error: unknown): void {
    if (this.options.onError) this.options.onError(error);
    else console.error("Process manager failed; it will retry", error);
  }

  // ---- hold deadlines --------------------------------------------------------------------------

  private async watchDeadlines(): Promise<void> {
    const longest = this.options.deadlineScanMs ?? 500;
    while (this.running) {
      let delay = longest;
      try {
        await this.expireOverdueHolds();
        delay = await this.untilNextDeadline(longest);
      } catch (error) {
        this.report(error);
      }
      await this.sleep(delay);
    }
  }

  /**
   * One look for bookings held past their deadline; answers how many expiry commands were sent. With
   * several instances on PostgreSQL one looks at a time (the others skip their turn): the lock goes with
   * the look's transaction, or with the connection of an instance that died.
   */
  async expireOverdueHolds(): Promise<number> {
    if (this.db.kind === "sqlite") return this.expireOverdue();
    return this.db.driver.transaction(async (sql) => {
      const [lock] = await sql.rows<{ taken: number | string }>(`SELECT pg_try_advisory_xact_lock(${LOCKS.processManagerDeadlines})::int AS taken`);
      return Number(lock?.taken) === 1 ? this.expireOverdue() : 0;
    });
  }

  private async expireOverdue(): Promise<number> {
    const now = this.deps.now();
    const rows = await this.db.prisma.bookingView.findMany({
      where: { status: "held", holdExpiresAt: { lte: now } },
      select: { bookingId: true, showId: true, holdExpiresAt: true },
      orderBy: { holdExpiresAt: "asc" },
      take: this.options.deadlineBatch ?? 500,
    });
    const byShow = new Map<string, OverdueBooking[]>();
    for (const row of rows) {
      const overdue = { bookingId: row.bookingId, showId: row.showId, expiresAt: (row.holdExpiresAt as Date).toISOString() };
      byShow.set(row.showId, [...(byShow.get(row.showId) ?? []), overdue]);
    }
    let sent = 0;
    for (const [showId, overdue] of byShow) {
      // The read table only points; the seat aggregate decides (a hold may have been extended or booked since).
      const { state } = await this.deps.bus.load(seatsDecider, seatsStreamId(showId));
      for (const booking of overdue) {
        for (const command of expiryOf(booking, state, now.toISOString())) {
          await this.send(command);
          sent += 1;
        }
      }
    }
    return sent;
  }

  /** Milliseconds until the nearest future deadline, at most `longest`: a hold is released on time. */
  private async untilNextDeadline(longest: number): Promise<number> {
    const now = this.deps.now();
    const next = await this.db.prisma.bookingView.findFirst({
      where: { status: "held", holdExpiresAt: { gt: now } },
      select: { holdExpiresAt: true },
      orderBy: { holdExpiresAt: "asc" },
    });
    if (!next?.holdExpiresAt) return longest;
    return Math.min(longest, Math.max(1, next.holdExpiresAt.getTime() - this.deps.now().getTime() + 1));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (!this.running) return resolve();
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
