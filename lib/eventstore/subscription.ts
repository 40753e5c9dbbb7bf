// Follows the global log from a position, in order, at least once: a batch is handed over again
// until its handler succeeds. Wakes on appends this process makes or hears of (store.onAppended: on
// PostgreSQL other instances' commits arrive by notification) and polls besides, as a safety net.
import type { EventStore } from "./store";
import type { ReadAllOptions, StoredEvent } from "./types";

export interface SubscriptionOptions {
  /** Where to start: events after this position are delivered. */
  from: number;
  batchSize?: number;
  pollMs?: number;
  filter?: Pick<ReadAllOptions, "categories" | "types">;
  /** Handles a batch; may answer where to resume instead (another process moved the checkpoint). */
  handle(events: StoredEvent[]): Promise<void | { resumeFrom: number }>;
  /** A failed batch or read, with how many have failed in a row (it is retried with backoff). */
  onError?(error: unknown, failuresInARow: number): void;
}

export interface Subscription {
  position(): number;
  /** Resolves once events up to `position` have been handled. */
  reached(position: number): Promise<void>;
  stop(): Promise<void>;
}

export function subscribe(store: EventStore, options: SubscriptionOptions): Subscription {
  let position = options.from;
  let running = true;
  let wake: (() => void) | null = null;
  // A wake while the loop is reading must not be lost: the read may have missed the commit it announces.
  let woken = false;
  const waiters: Array<{ position: number; resolve: () => void }> = [];
  const unlisten = store.onAppended(() => {
    woken = true;
    wake?.();
  });

  const settleWaiters = () => {
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i] as (typeof waiters)[number];
      if (w.position <= position) {
        waiters.splice(i, 1);
        w.resolve();
      }
    }
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      // A wake or a stop that came while the loop was busy ends the sleep before it starts.
      if (woken || !running) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });

  const loop = (async () => {
    let failures = 0;
    while (running) {
      woken = false;
      try {
        // With a filter, the head is read first: every event up to it is committed, so none is skipped.
        const head = options.filter ? await store.headPosition() : 0;
        const events = await store.readAll({ after: position, limit: options.batchSize ?? 500, ...options.filter });
        if (events.length > 0) {
          const outcome = await options.handle(events);
          position = outcome ? outcome.resumeFrom : (events[events.length - 1] as StoredEvent).position;
          failures = 0;
          settleWaiters();
          continue;
        }
        // Nothing new in the filtered log: everything up to the head has been seen.
        position = Math.max(position, head);
        settleWaiters();
        await sleep(options.pollMs ?? 250);
      } catch (error) {
        failures += 1;
        options.onError?.(error, failures);
        await sleep(Math.min(5000, 100 * 2 ** failures));
      }
    }
  })();

  return {
    position: () => position,
    reached: (target) =>
      target <= position ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ position: target, resolve })),
    stop: async () => {
      running = false;
      unlisten();
      wake?.();
      await loop;
    },
  };
}
