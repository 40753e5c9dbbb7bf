// The running booking system of this process: database, event store, command bus, projections and
// the process manager.
// Kept on globalThis because Next.js bundles its own copy of lib/ beside the one server.ts loads:
// both must share one writer per stream and one projection runner.
import { DEFAULT_VENUE_TIME_ZONE, DEV_SESSION_SECRET, env, staffSecrets, type Env } from "./config/env";
import { customerSecrets, type CustomerSecrets } from "./customers/secrets";
import { DEFAULT_MAX_SEATS_PER_CUSTOMER } from "./domain/seats";
import { catalogueUpcasters } from "./commands/catalogue-upcasters";
import { EDGE_LIMITS_OFF, edgeLimits, type EdgeLimits, type EdgeLimitsConfig } from "./limits/edge-limits";
import { openDatabase, type Database } from "./db/database";
import { changeNotifications, type ChangeNotifications } from "./db/change-notifications";
import { migrate } from "./db/migrate";
import { EventStore } from "./eventstore/store";
import { CommandBus } from "./commands/bus";
import { postgresStreamLocks } from "./commands/stream-locks";
import type { CommandDeps } from "./commands/context";
import { ProcessManager, type ProcessManagerOptions } from "./commands/process-manager";
import { ProjectionRunner, type ProjectionRunnerOptions } from "./projections/runner";
import { allProjections } from "./projections";
import { boundedPaymentProvider } from "./payments/bounded-provider";
import { PAYMENT_TIMEOUT_MS, simulatedPaymentProvider } from "./payments/simulated-provider";
import { openFeedPublisher, type FeedStream } from "./integration/jetstream";
import { FeedRelay } from "./integration/relay";
import { EmailReactor } from "./email/reactor";
import { openMailer, type MailerConfig } from "./email/mailer";

export interface BookingSystem {
  db: Database;
  store: EventStore;
  bus: CommandBus;
  projections: ProjectionRunner;
  processManager: ProcessManager;
  deps: CommandDeps;
  /** Customer pseudonyms and manage-link keys, keyed by SESSION_SECRET. */
  secrets: CustomerSecrets;
  /** Per-address limits on new customers and holds (shared through PostgreSQL when it is the database). */
  limits: EdgeLimits;
  /** The zone a new show's form starts in, and the zone of shows scheduled before shows had one. */
  venueTimeZone: string;
  /** What other instances changed in a shared PostgreSQL database, as they commit it (never fires on SQLite). */
  notifications: ChangeNotifications;
  /** How often followers look for changes nobody announced: short on SQLite, a slow safety net on PostgreSQL. */
  followPollMs: number;
  /** The integration-event relay to NATS JetStream; null without NATS_URL. */
  feed: FeedRelay | null;
  /** Customer emails (confirmation, cancellation); null when this process sends none. */
  emails: EmailReactor | null;
  stop(): Promise<void>;
}

export interface SystemOptions {
  databaseUrl: string;
  holdTtlSeconds: number;
  runProjections?: boolean;
  /** Default true. Hold expiry reads the booking view, so it needs the projections running too. */
  runProcessManager?: boolean;
  now?: () => Date;
  projectionOptions?: ProjectionRunnerOptions;
  processManagerOptions?: ProcessManagerOptions;
  slowPaymentMs?: number;
  /** Default PAYMENT_TIMEOUT_MS: how long a checkout waits for the card provider. */
  paymentTimeoutMs?: number;
  /** Default 10: seats one customer may hold or have booked at one show. */
  maxSeatsPerCustomer?: number;
  /** Keys customer pseudonyms and manage links; the development secret by default. */
  sessionSecret?: string;
  /** Per-address edge limits; off by default (tests and scripts), on from the environment. */
  edgeLimits?: EdgeLimitsConfig;
  /** Default "Europe/London" (VENUE_TIME_ZONE). */
  venueTimeZone?: string;
  /**
   * On PostgreSQL, how often the log and the checkpoints are polled besides the notifications (LOG_POLL_MS,
   * default 3000). SQLite keeps its 200 ms: nothing else announces its commits. Explicit projection and
   * process-manager `pollMs` options win over both.
   */
  safetyNetPollMs?: number;
  /** Publish the integration events to this JetStream feed (NATS_URL); none by default. */
  feed?: FeedStream;
  /** Send customer emails here, with links to `origin`; none by default (tests ask for them). */
  email?: { mailer: MailerConfig; origin: string };
}

/** The poll interval of followers on SQLite, where one process writes and wakes its followers itself. */
const SQLITE_POLL_MS = 200;
/** The default safety-net poll on PostgreSQL, where other instances' commits are announced by notification. */
export const DEFAULT_SAFETY_NET_POLL_MS = 3000;

export async function startSystem(options: SystemOptions): Promise<BookingSystem> {
  await migrate(options.databaseUrl);
  const db = await openDatabase(options.databaseUrl);
  const secrets = customerSecrets(options.sessionSecret ?? DEV_SESSION_SECRET);
  const venueTimeZone = options.venueTimeZone ?? DEFAULT_VENUE_TIME_ZONE;
  // Older events name customers by cookie value: they are read masked, through the same pseudonym.
  // Shows scheduled before venues had time zones are read in the configured one.
  const store = new EventStore(db, catalogueUpcasters(secrets.pseudonymOf, venueTimeZone));
  const followPollMs = db.kind === "sqlite" ? SQLITE_POLL_MS : (options.safetyNetPollMs ?? DEFAULT_SAFETY_NET_POLL_MS);
  const notifications = changeNotifications(db.kind, db.url, {
    onError: (error) => console.error("Listening for other instances' changes failed; reconnecting", error),
  });
  // Other instances' appends wake this process's followers as its own do.
  notifications.onEventsAppended((position) => store.announceAppended(position));
  await Promise.race([notifications.ready(), new Promise((resolve) => setTimeout(resolve, 5000))]);
  // Several instances may share a PostgreSQL database: a hot show's seats have one writer at a time across them.
  const streamLocks = db.kind === "postgres" ? postgresStreamLocks(options.databaseUrl) : null;
  const bus = new CommandBus(store, streamLocks ? { streamLocks: { locks: streamLocks, categories: ["seats"] } } : {});
  const projections = new ProjectionRunner(store, allProjections, {
    onError: (name, error) => console.error(`Projection ${name} failed; it will retry`, error),
    pollMs: followPollMs,
    ...options.projectionOptions,
  });
  if (options.runProjections !== false) await projections.start();
  const deps: CommandDeps = {
    bus,
    now: options.now ?? (() => new Date()),
    holdTtlSeconds: options.holdTtlSeconds,
    maxSeatsPerCustomer: options.maxSeatsPerCustomer ?? DEFAULT_MAX_SEATS_PER_CUSTOMER,
    payments: boundedPaymentProvider(simulatedPaymentProvider({ slowMs: options.slowPaymentMs }), options.paymentTimeoutMs ?? PAYMENT_TIMEOUT_MS),
  };
  const processManager = new ProcessManager(deps, { pollMs: followPollMs, ...options.processManagerOptions });
  if (options.runProcessManager !== false) await processManager.start();
  const limits = edgeLimits(options.edgeLimits ?? EDGE_LIMITS_OFF, db.kind === "postgres" ? options.databaseUrl : undefined);
  const feed = options.feed
    ? new FeedRelay(store, db, await openFeedPublisher(options.feed), { pollMs: followPollMs, onError: (error) => console.error("The feed relay failed; it will retry", error) })
    : null;
  await feed?.start();
  const emails = options.email
    ? new EmailReactor(store, db, projections, secrets, openMailer(options.email.mailer), {
        origin: options.email.origin,
        pollMs: followPollMs,
        onError: (error) => console.error("Sending an email failed; it will retry", error),
      })
    : null;
  await emails?.start();
  return {
    db,
    store,
    bus,
    projections,
    processManager,
    deps,
    secrets,
    limits,
    venueTimeZone,
    notifications,
    followPollMs,
    feed,
    emails,
    stop: async () => {
      await emails?.stop();
      await feed?.stop();
      await processManager.stop();
      await projections.stop();
      await notifications.close();
      await limits.close();
      await streamLocks?.close();
      await db.close();
    },
  };
}

/** The system as the environment configures it (server.ts, the seed script and this process's default). */
export function systemOptionsFrom(config: Env): SystemOptions {
  return {
    databaseUrl: config.DATABASE_URL,
    holdTtlSeconds: config.HOLD_TTL_SECONDS,
    maxSeatsPerCustomer: config.MAX_SEATS_PER_CUSTOMER,
    sessionSecret: staffSecrets(config).sessionSecret,
    venueTimeZone: config.VENUE_TIME_ZONE,
    safetyNetPollMs: config.LOG_POLL_MS,
    feed: config.NATS_URL ? { url: config.NATS_URL, stream: config.NATS_STREAM, prefix: config.NATS_SUBJECT_PREFIX } : undefined,
    email: emailOptionsFrom(config),
    edgeLimits: {
      enabled: config.RATE_LIMITS === "on",
      newCustomers: config.RATE_LIMIT_NEW_CUSTOMERS,
      holds: config.RATE_LIMIT_HOLDS,
      heldSeats: config.RATE_LIMIT_HELD_SEATS,
    },
  };
}

/** SMTP when configured; in development without it, .eml files in EMAIL_DIR; otherwise no emails. */
function emailOptionsFrom(config: Env): SystemOptions["email"] {
  const from = config.EMAIL_FROM;
  const origin = config.APP_ORIGIN[0] ?? `http://localhost:${config.PORT}`;
  if (config.SMTP_URL) return { mailer: { from, smtpUrl: config.SMTP_URL }, origin };
  if (config.NODE_ENV === "development") return { mailer: { from, folder: config.EMAIL_DIR }, origin };
  return undefined;
}

const KEY = Symbol.for("seat-booking.system");
type Global = typeof globalThis & { [KEY]?: Promise<BookingSystem> };

/** This process's system, started on first use from the environment. */
export function bookingSystem(): Promise<BookingSystem> {
  const g = globalThis as Global;
  g[KEY] ??= startSystem(systemOptionsFrom(env()));
  return g[KEY];
}

/** Installs an already started system as this process's (server.ts does this before Next.js loads). */
export function installSystem(system: Promise<BookingSystem>): void {
  (globalThis as Global)[KEY] = system;
}
