// Follows one projection's checkpoint in the shared database, so every instance pushes to its own clients
// what any instance's runner applied (DESIGN.md, Realtime): woken at once by this process's batches and,
// on PostgreSQL, by other instances' checkpoint moves (LISTEN/NOTIFY); a poll (system.followPollMs) is the
// safety net.
import type { BookingSystem } from "../system";

/** `onAdvance(from, to)`: the read tables now reflect the log up to `to`; this follower last pushed up to `from`. */
export function followCheckpoint(
  system: BookingSystem,
  name: string,
  onAdvance: (from: number, to: number) => Promise<void>,
  pollMs = system.followPollMs,
): () => void {
  let last: number | null = null;
  let busy = false;
  let again = false;
  let running = true;

  const look = async () => {
    if (busy) return void (again = true);
    busy = true;
    try {
      do {
        again = false;
        const row = await system.db.prisma.projectionCheckpoint.findUnique({ where: { name } });
        const position = row?.position ?? 0;
        // The first look starts here; a rebuild moves the checkpoint back, and its replay is not news.
        if (last === null || position < last) last = position;
        else if (position > last) {
          await onAdvance(last, position);
          last = position;
        }
      } while (again && running);
    } catch (error) {
      // The next look tries the same range again.
      console.error(`Following the ${name} checkpoint failed`, error);
    } finally {
      busy = false;
    }
  };

  const timer = setInterval(() => void look(), pollMs);
  const unlisten = system.projections.onApplied((applied) => {
    if (applied === name) void look();
  });
  const unlistenOthers = system.notifications.onCheckpointMoved((moved) => {
    if (moved === name || moved === null) void look();
  });
  void look();
  return () => {
    running = false;
    clearInterval(timer);
    unlisten();
    unlistenOthers();
  };
}
