// A follower's checkpoint row (projections and the process manager share projection_checkpoints):
// read it, creating it at position 0 the first time. Instances starting together on an empty database
// all create it at once, so the insert gives way to whichever came first instead of failing on the key.
import type { Database } from "../db/database";
import { placeholders } from "../eventstore/sql";

export async function checkpointOf(db: Database, name: string): Promise<number> {
  const read = async () => {
    const [row] = await db.driver.rows<{ position: number | string }>(
      `SELECT position FROM projection_checkpoints WHERE name = ${placeholders(db.kind, 1)[0]}`,
      [name],
    );
    return row === undefined ? null : Number(row.position);
  };
  const found = await read();
  if (found !== null) return found;
  const [n, at] = placeholders(db.kind, 2);
  await db.driver.run(
    `INSERT INTO projection_checkpoints (name, position, status, updated_at) VALUES (${n}, 0, 'running', ${at})
     ON CONFLICT (name) DO NOTHING`,
    [name, new Date()],
  );
  return (await read()) ?? 0;
}
