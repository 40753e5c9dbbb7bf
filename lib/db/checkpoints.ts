// A reaction's checkpoint row (projection_checkpoints, one per name): created idempotently, so instances
// starting together all find the one row, and moved only forward, since another instance may be further.
import type { Database } from "./database";
import { placeholders } from "../eventstore/sql";

/** The checkpoint's position, creating its row at 0 the first time (read first: the row is usually there). */
export async function ensureCheckpoint(db: Database, name: string): Promise<number> {
  const read = async () => {
    const [named] = placeholders(db.kind, 1);
    const rows = await db.driver.rows<{ position: number | string }>(`SELECT position FROM projection_checkpoints WHERE name = ${named}`, [name]);
    return rows[0] === undefined ? null : Number(rows[0].position);
  };
  const found = await read();
  if (found !== null) return found;
  const [which, at] = placeholders(db.kind, 2);
  await db.driver.run(
    `INSERT INTO projection_checkpoints (name, position, status, updated_at) VALUES (${which}, 0, 'running', ${at}) ON CONFLICT (name) DO NOTHING`,
    [name, new Date()],
  );
  return (await read()) ?? 0;
}

export async function advanceCheckpoint(db: Database, name: string, position: number): Promise<void> {
  const [to, at, which, below] = placeholders(db.kind, 4);
  await db.driver.run(
    `UPDATE projection_checkpoints SET position = ${to}, status = 'running', last_error = NULL, updated_at = ${at} WHERE name = ${which} AND position < ${below}`,
    [position, new Date(), name, position],
  );
}
