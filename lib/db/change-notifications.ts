// Hears what other instances changed in a shared PostgreSQL database: a dedicated connection LISTENs to
// the notifications migration 0010 sends from each appending transaction and each checkpoint move. When
// that connection drops it reconnects (with backoff) and then tells every listener to look, since
// notifications sent meanwhile are lost; followers keep a slow poll as a safety net besides.
// On SQLite (one process) nothing is sent between processes: the local wakes are all there is.
import pg from "pg";
import type { DbKind } from "./database";

export const EVENTS_CHANNEL = "booking_events";
export const CHECKPOINTS_CHANNEL = "booking_checkpoints";

/** `null`: something may have changed, unknown what (the connection was lost and is back). */
type Listener<T> = (change: T | null) => void;

export interface ChangeNotifications {
  /** Another (or this) instance appended; the new head position. */
  onEventsAppended(listener: Listener<number>): () => void;
  /** A projection's (or the process manager's) checkpoint moved; its name. */
  onCheckpointMoved(listener: Listener<string>): () => void;
  /** Resolves once listening (at once on SQLite); a first failure is retried, not thrown. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export interface ChangeNotificationOptions {
  onError?(error: unknown): void;
  /** The longest wait between reconnection attempts (doubling from 100 ms). */
  maxBackoffMs?: number;
}

export function changeNotifications(kind: DbKind, url: string, options: ChangeNotificationOptions = {}): ChangeNotifications {
  const appended = new Set<Listener<number>>();
  const moved = new Set<Listener<string>>();
  const add = <T>(set: Set<Listener<T>>, listener: Listener<T>) => {
    set.add(listener);
    return () => void set.delete(listener);
  };
  const api = {
    onEventsAppended: (listener: Listener<number>) => add(appended, listener),
    onCheckpointMoved: (listener: Listener<string>) => add(moved, listener),
  };
  if (kind === "sqlite") return { ...api, ready: async () => undefined, close: async () => undefined };

  let client: pg.Client | null = null;
  let closed = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;
  let firstConnect = true;
  let markReady: () => void = () => undefined;
  const readyOnce = new Promise<void>((resolve) => (markReady = resolve));

  const deliver = (message: pg.Notification) => {
    if (message.channel === EVENTS_CHANNEL) {
      const position = Number(message.payload);
      for (const listener of appended) listener(Number.isFinite(position) ? position : null);
    } else if (message.channel === CHECKPOINTS_CHANNEL) {
      for (const listener of moved) listener(message.payload ?? null);
    }
  };

  const lost = (connection: pg.Client, error?: unknown) => {
    if (client !== connection) return;
    client = null;
    connection.removeAllListeners();
    connection.on("error", () => undefined);
    void connection.end().catch(() => undefined);
    if (error) options.onError?.(error);
    if (closed) return;
    failures += 1;
    retry = setTimeout(connect, Math.min(options.maxBackoffMs ?? 5000, 100 * 2 ** failures));
  };

  const connect = () => {
    if (closed) return;
    // TCP keepalive finds a connection that died silently; the safety-net poll covers the time until then.
    const connection = new pg.Client({ connectionString: url, keepAlive: true, application_name: "booking-listener" });
    client = connection;
    connection.on("notification", deliver);
    connection.on("error", (error) => lost(connection, error));
    connection.on("end", () => lost(connection, closed ? undefined : new Error("The notification connection ended")));
    connection
      .connect()
      .then(() => connection.query(`LISTEN ${EVENTS_CHANNEL}; LISTEN ${CHECKPOINTS_CHANNEL}`))
      .then(() => {
        if (client !== connection) return;
        failures = 0;
        // Whatever was notified while nobody listened is lost: every follower looks now.
        if (!firstConnect) {
          for (const listener of appended) listener(null);
          for (const listener of moved) listener(null);
        }
        firstConnect = false;
        markReady();
      })
      .catch((error: unknown) => lost(connection, error));
  };
  connect();

  return {
    ...api,
    ready: () => readyOnce,
    close: async () => {
      closed = true;
      clearTimeout(retry);
      markReady();
      const connection = client;
      client = null;
      if (connection) {
        connection.removeAllListeners();
        connection.on("error", () => undefined);
        await connection.end().catch(() => undefined);
      }
    },
  };
}
