// The running booking system of this process: database, event store, command bus, projections and
// the process manager.
// Kept on globalThis because Next.js bundles its own copy of lib/ beside the one server.ts loads:
// both must share one writer per stream and one projection runner.
import { env } from "./config/env";
import { openDatabase, type Database } from "./db/database";
import { migrate } from "./db/migrate";
import { EventStore } from "./eventstore/store";
import { CommandBus } from "./commands/bus";
import type { CommandDeps } from "./commands/context";
import { ProcessManager, type ProcessManagerOptions } from "./commands/process-manager";
import { ProjectionRunner, type ProjectionRunnerOptions } from "./projections/runner";
import { allProjections } from "./projections";
import { simulatedPaymentProvider } from "./payments/simulated-provider";

export interface BookingSystem {
  db: Database;
  store: EventStore;
  bus: CommandBus;
  projections: ProjectionRunner;
  processManager: ProcessManager;
  deps: CommandDeps;
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
}

export async function startSystem(options: SystemOptions): Promise<BookingSystem> {
  await migrate(options.databaseUrl);
  const db = await openDatabase(options.databaseUrl);
  const store = new EventStore(db);
  const bus = new CommandBus(store);
  const projections = new ProjectionRunner(store, allProjections, {
    onError: (name, error) => console.error(`Projection ${name} failed; it will retry`, error),
    ...options.projectionOptions,
  });
  if (options.runProjections !== false) await projections.start();
  const deps: CommandDeps = {
    bus,
    now: options.now ?? (() => new Date()),
    holdTtlSeconds: options.holdTtlSeconds,
    payments: simulatedPaymentProvider({ slowMs: options.slowPaymentMs }),
  };
  const processManager = new ProcessManager(deps, options.processManagerOptions);
  if (options.runProcessManager !== false) await processManager.start();
  return {
    db,
    store,
    bus,
    projections,
    processManager,
    deps,
    stop: async () => {
      await processManager.stop();
      await projections.stop();
      await db.close();
    },
  };
}

const KEY = Symbol.for("seat-booking.system");
type Global = typeof globalThis & { [KEY]?: Promise<BookingSystem> };

/** This process's system, started on first use from the environment. */
export function bookingSystem(): Promise<BookingSystem> {
  const g = globalThis as Global;
  g[KEY] ??= startSystem({ databaseUrl: env().DATABASE_URL, holdTtlSeconds: env().HOLD_TTL_SECONDS });
  return g[KEY];
}

/** Installs an already started system as this process's (server.ts does this before Next.js loads). */
export function installSystem(system: Promise<BookingSystem>): void {
  (globalThis as Global)[KEY] = system;
}
