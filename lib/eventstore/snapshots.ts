// Snapshots of long streams: the state at a version, so loading replays only the events after it.
import type { Database } from "../db/database";

export interface Snapshot {
  streamId: string;
  version: number;
  schemaVersion: number;
  state: unknown;
}

export async function loadSnapshot(db: Database, streamId: string, schemaVersion: number): Promise<Snapshot | null> {
  const row = await db.prisma.snapshot.findUnique({ where: { streamId } });
  // A snapshot of an older state shape is ignored: the stream is replayed from the start instead.
  if (!row || row.schemaVersion !== schemaVersion) return null;
  return { streamId, version: row.version, schemaVersion, state: JSON.parse(row.state) };
}

export async function saveSnapshot(db: Database, snapshot: Snapshot): Promise<void> {
  const data = {
    version: snapshot.version,
    schemaVersion: snapshot.schemaVersion,
    state: JSON.stringify(snapshot.state),
    takenAt: new Date(),
  };
  await db.prisma.snapshot.upsert({
    where: { streamId: snapshot.streamId },
    create: { streamId: snapshot.streamId, ...data },
    update: data,
  });
}
